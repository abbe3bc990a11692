import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../core/errors.js';
import {
  RegistryClient,
  credentialsFromEnv,
  ledgerState,
  parseImageReference,
  promote,
  rollback as ledgerRollback,
} from '../registry/index.js';
import type { DeployConfig } from './config.js';
import { CommandDriver } from './drivers/command.js';
import { KubernetesDriver, type Kubectl } from './drivers/kubernetes.js';
import { SshDriver } from './drivers/ssh.js';
import { checkGate } from './gate.js';
import type { GateApproval } from './github-gate.js';
import { DEFAULT_HEALTH, httpVerifier } from './health.js';
import { deployMessage, postWebhook, secretValues } from './notify.js';
import { runDeploy, runRollback } from './orchestrator.js';
import type { DeployRecord, DeployRequest, Driver } from './types.js';

export interface DeployDeps {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Progress lines for the log (never secrets). */
  log: (line: string) => void;
  kubectl?: Kubectl;
  /** What the GitHub environment gate found (recorded with the deploy). */
  approval?: GateApproval;
}

export interface DeployOutcome {
  record: DeployRecord;
  /** Set when the webhook could not be reached; the deploy's own result stands. */
  notifyError?: string;
  /** What the ledger says after the run. */
  ledger?: { current?: string; previous?: string };
}

export function buildDriver(config: DeployConfig, request: DeployRequest, deps: DeployDeps): Driver {
  switch (config.driver) {
    case 'ssh':
      return new SshDriver(
        {
          hosts: config.ssh.hosts,
          ...(config.ssh.port ? { port: config.ssh.port } : {}),
          ...(config.ssh.keyFile ? { identityFile: config.ssh.keyFile } : {}),
          ...(config.ssh.knownHostsFile ? { knownHostsFile: config.ssh.knownHostsFile } : {}),
          baseDir: config.ssh.baseDir,
          ...(config.ssh.source ? { source: config.ssh.source } : {}),
          restart: config.ssh.restart!,
          ...(config.ssh.stop ? { stop: config.ssh.stop } : {}),
          healthUrls: config.healthUrls,
          timeoutMs: config.timeoutSeconds * 1000,
        },
        request,
      );
    case 'kubernetes':
      return new KubernetesDriver(
        {
          namespace: config.kubernetes.namespace,
          deployment: config.kubernetes.deployment!,
          ...(config.kubernetes.container ? { container: config.kubernetes.container } : {}),
          ...(config.kubernetes.service ? { service: config.kubernetes.service } : {}),
          ...(config.kubernetes.context ? { context: config.kubernetes.context } : {}),
          ...(config.kubernetes.kubeconfigFile ? { kubeconfigFile: config.kubernetes.kubeconfigFile } : {}),
          timeoutSeconds: config.timeoutSeconds,
          healthUrls: config.healthUrls,
        },
        request,
        deps.kubectl,
      );
    default:
      return new CommandDriver(
        {
          deploy: config.command.deploy!,
          ...(config.command.route ? { route: config.command.route } : {}),
          ...(config.command.rollback ? { rollback: config.command.rollback } : {}),
          ...(config.command.live ? { live: config.command.live } : {}),
          ...(config.verifyCommand ? { verify: config.verifyCommand } : {}),
          healthUrls: config.healthUrls,
          cwd: deps.cwd,
          env: Object.fromEntries(
            Object.entries(deps.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
          ),
          timeoutMs: config.timeoutSeconds * 1000,
        },
        request,
      );
  }
}

function registryFor(config: DeployConfig, env: NodeJS.ProcessEnv): { client: RegistryClient; repository: string } {
  const reference = parseImageReference(config.image);
  return {
    client: new RegistryClient({
      registry: reference.registry,
      credentials: credentialsFromEnv(reference.registry, env),
    }),
    repository: reference.repository,
  };
}

function verifierFor(config: DeployConfig, driver: Driver) {
  const command = driver instanceof CommandDriver ? driver.verifyCommand() : undefined;
  return httpVerifier({ ...DEFAULT_HEALTH, ...config.health }, command);
}

async function notify(config: DeployConfig, record: DeployRecord, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (!config.webhookUrl || config.notifyOn === 'never') return undefined;
  if (config.notifyOn === 'failure' && record.result === 'succeeded') return undefined;
  // Everything that looks secret in the job's environment is masked, whatever the webhook receives.
  const secrets = secretValues(env, [config.webhookUrl, config.ssh.privateKey, config.kubernetes.kubeconfig]);
  return postWebhook(
    config.webhookUrl,
    deployMessage(
      record,
      { ...(config.commit ? { commit: config.commit } : {}), ...(config.runUrl ? { runUrl: config.runUrl } : {}) },
      secrets,
    ),
  );
}

/**
 * Deploys the configured digest: takes the last good digest from the registry ledger, runs the strategy (which
 * rolls back by itself on a failed verification), records a success in the ledger, and notifies on failure.
 */
export async function executeDeploy(config: DeployConfig, deps: DeployDeps): Promise<DeployOutcome> {
  return withSecretFiles(config, (resolved) => deploy(resolved, deps));
}

/**
 * Writes secrets that tools read from files (ssh key, known_hosts, kubeconfig) to files only this user can read,
 * for the run's duration.
 */
async function withSecretFiles<C extends Pick<DeployConfig, 'ssh' | 'kubernetes'>, T>(
  config: C,
  action: (config: C) => Promise<T>,
): Promise<T> {
  const { privateKey, knownHosts } = config.ssh;
  const { kubeconfig } = config.kubernetes;
  if (!privateKey && !knownHosts && !kubeconfig) return action(config);
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-secrets-'));
  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, `${text.replace(/\r\n/g, '\n').trim()}\n`, { mode: 0o600 });
    return path;
  };
  try {
    return await action({
      ...config,
      ssh: {
        ...config.ssh,
        ...(privateKey ? { keyFile: write('id', privateKey) } : {}),
        ...(knownHosts ? { knownHostsFile: write('known_hosts', knownHosts) } : {}),
      },
      kubernetes: { ...config.kubernetes, ...(kubeconfig ? { kubeconfigFile: write('kubeconfig', kubeconfig) } : {}) },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function deploy(config: DeployConfig, deps: DeployDeps): Promise<DeployOutcome> {
  if (config.gate.approvers.length > 0 || config.gate.after) {
    // Who started this attempt: on a GitHub re-run GITHUB_ACTOR stays the first run's actor.
    const actor = deps.env.GITHUB_TRIGGERING_ACTOR || deps.env.GITHUB_ACTOR || deps.env.GITLAB_USER_LOGIN;
    deps.log(
      await checkGate(
        {
          environment: config.environment,
          image: config.image,
          digest: config.digest,
          actor,
          approvers: config.gate.approvers,
          after: config.gate.after,
        },
        deps.env,
      ),
    );
  }
  const registry = config.ledger ? registryFor(config, deps.env) : undefined;
  let previousDigest = config.previousDigest;
  if (registry && !previousDigest) {
    previousDigest = (await ledgerState(registry.client, registry.repository, config.environment)).current;
    deps.log(`ledger: ${config.environment} runs ${previousDigest ?? 'nothing yet'}`);
  }
  const request: DeployRequest = {
    environment: config.environment,
    image: config.image,
    digest: config.digest,
    previousDigest,
    strategy: config.strategy,
  };
  const driver = buildDriver(config, request, deps);
  deps.log(
    `deploying ${config.image}@${config.digest} to ${config.environment} (${config.strategy.kind}, ${driver.name})`,
  );
  const record = await runDeploy(request, driver, verifierFor(config, driver));
  if (deps.approval)
    record.approval = {
      kind: deps.approval.kind,
      ...(deps.approval.by ? { by: deps.approval.by } : {}),
      detail: deps.approval.detail,
    };
  let ledger: DeployOutcome['ledger'];
  if (registry && record.result === 'succeeded') {
    const entry = await promote(registry.client, {
      repository: registry.repository,
      digest: config.digest,
      environment: config.environment,
    });
    ledger = { current: entry.digest, ...(entry.previous ? { previous: entry.previous } : {}) };
  }
  const notifyError = await notify(config, record, deps.env);
  return { record, ...(notifyError ? { notifyError } : {}), ...(ledger ? { ledger } : {}) };
}

/**
 * Rolls an environment back by hand: to `config.digest` when given, else to the ledger's `<env>-previous`; the
 * ledger's tags are swapped only once the restored version is healthy.
 */
export async function executeRollback(
  config: Omit<DeployConfig, 'digest'> & { digest: string | undefined },
  deps: DeployDeps,
): Promise<DeployOutcome> {
  return withSecretFiles(config, (resolved) => rollbackTo(resolved, deps));
}

async function rollbackTo(
  config: Omit<DeployConfig, 'digest'> & { digest: string | undefined },
  deps: DeployDeps,
): Promise<DeployOutcome> {
  const registry = config.ledger ? registryFor(config as DeployConfig, deps.env) : undefined;
  let target = config.digest;
  let current: string | undefined = config.previousDigest;
  if (registry) {
    const state = await ledgerState(registry.client, registry.repository, config.environment);
    current ??= state.current;
    target ??= state.previous;
  }
  if (!target)
    throw new UsageError(
      `nothing to roll back to: give a digest, or deploy twice so ${config.environment}-previous exists`,
    );
  const request: DeployRequest = {
    environment: config.environment,
    image: config.image,
    digest: target,
    previousDigest: current,
    strategy: config.strategy,
  };
  const driver = buildDriver({ ...config, digest: target } as DeployConfig, request, deps);
  deps.log(`rolling ${config.environment} back to ${target}`);
  const record = await runRollback(request, driver, verifierFor(config as DeployConfig, driver));
  let ledger: DeployOutcome['ledger'];
  if (registry && record.result === 'succeeded') {
    const state = await ledgerState(registry.client, registry.repository, config.environment);
    const entry =
      state.previous === target
        ? await ledgerRollback(registry.client, { repository: registry.repository, environment: config.environment })
        : await promote(registry.client, {
            repository: registry.repository,
            digest: target,
            environment: config.environment,
          });
    ledger = { current: entry.digest, ...(entry.previous ? { previous: entry.previous } : {}) };
  }
  const forNotice = { ...record, result: record.result === 'succeeded' ? ('rolled-back' as const) : record.result };
  const notifyError = await notify(
    { ...(config as DeployConfig), notifyOn: config.notifyOn === 'never' ? 'never' : 'always' },
    forNotice,
    deps.env,
  );
  return { record, ...(notifyError ? { notifyError } : {}), ...(ledger ? { ledger } : {}) };
}
