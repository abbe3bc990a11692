import { UsageError } from '../../core/errors.js';
import { STAGES } from '../../pipeline/spec.js';
import { parseBoolean } from '../../pipeline/validate.js';
import type { HealthCheckOptions } from './health.js';
import type { StrategyConfig, Track } from './types.js';

export type DriverName = 'command' | 'ssh' | 'kubernetes';

/** Every deploy/rollback setting, parsed once from action inputs, CLI flags or GitLab variables. */
export interface DeployConfig {
  environment: string;
  image: string;
  digest: string;
  previousDigest: string | undefined;
  strategy: StrategyConfig;
  driver: DriverName;
  health: Omit<HealthCheckOptions, 'expectStatus'>;
  healthUrls: Partial<Record<Track, string[]>>;
  verifyCommand: string | undefined;
  /** Read the previous digest from, and record the result in, the registry ledger (`<env>`, `<env>-previous`). */
  ledger: boolean;
  timeoutSeconds: number;
  command: { deploy?: string; route?: string; rollback?: string; live?: string };
  ssh: {
    hosts: string[];
    port?: number;
    keyFile?: string;
    knownHostsFile?: string;
    /** Key and known_hosts as text (from secrets); written to private temporary files before use. */
    privateKey?: string;
    knownHosts?: string;
    /** Trust unknown host keys on first connection (opt-in; otherwise known hosts are required). */
    acceptNew?: boolean;
    baseDir: string;
    source?: string;
    restart?: string;
    stop?: string;
  };
  kubernetes: {
    namespace: string;
    deployment?: string;
    container?: string;
    service?: string;
    context?: string;
    kubeconfig?: string;
    kubeconfigFile?: string;
  };
  /** Promotion gate (see gate.ts): who may deploy, and which environment must run the digest first. */
  gate: { approvers: string[]; after: string | undefined };
  webhookUrl: string | undefined;
  notifyOn: 'failure' | 'always' | 'never';
  commit: string | undefined;
  runUrl: string | undefined;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;
const ENVIRONMENT = /^[A-Za-z0-9_][A-Za-z0-9_-]{0,62}$/;
const TRACKS: readonly Track[] = ['stable', 'canary', 'blue', 'green'];

/** Reads raw string inputs by name (`undefined` or '' = not given). */
export type InputSource = (name: string) => string | undefined;

class Reader {
  constructor(private readonly source: InputSource) {}

  optional(name: string): string | undefined {
    const value = this.source(name)?.trim();
    return value ? value : undefined;
  }

  required(name: string): string {
    const value = this.optional(name);
    if (value === undefined) throw new UsageError(`input "${name}" is required`);
    return value;
  }

  choice<T extends string>(name: string, options: readonly T[], fallback: T): T {
    const value = this.optional(name) ?? fallback;
    if (!options.includes(value as T))
      throw new UsageError(`input "${name}" must be one of ${options.join(', ')}, not "${value}"`);
    return value as T;
  }

  number(name: string, fallback: number, min: number, max: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max)
      throw new UsageError(`input "${name}" must be a number from ${min} to ${max}, not "${raw}"`);
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optional(name);
    return raw === undefined ? fallback : parseBoolean(name, raw);
  }

  /** Comma- or newline-separated list. */
  list(name: string): string[] {
    return (this.optional(name) ?? '')
      .split(/[,\n]/)
      .map((item) => item.trim())
      .filter(Boolean);
  }
}

export function parseDigest(value: string, name: string): string {
  if (!DIGEST.test(value))
    throw new UsageError(
      `input "${name}" must be an image digest (sha256: and 64 hex digits), not "${value.slice(0, 80)}"`,
    );
  return value;
}

function parseHealthUrls(entries: string[]): Partial<Record<Track, string[]>> {
  const urls: Partial<Record<Track, string[]>> = {};
  for (const entry of entries) {
    const match = /^(stable|canary|blue|green)=(.+)$/.exec(entry);
    const track: Track = match ? (match[1] as Track) : 'stable';
    const url = match ? match[2]! : entry;
    if (!/^(https?:\/\/|unix:\/)/.test(url))
      throw new UsageError(`health URL "${url}" must start with http://, https:// or unix:/`);
    (urls[track] ??= []).push(url);
  }
  return urls;
}

function parseCanarySteps(entries: string[]): number[] {
  const steps = entries.map((entry) => Number(entry.replace(/%$/, '')));
  if (steps.length === 0 || steps.some((step) => !Number.isInteger(step) || step < 1 || step > 99)) {
    throw new UsageError(
      `input "canary-steps" must list traffic percentages from 1 to 99, e.g. "10,50", not "${entries.join(',')}"`,
    );
  }
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]! <= steps[i - 1]!) throw new UsageError('input "canary-steps" must increase, e.g. "10,25,50"');
  }
  return steps;
}

/**
 * Every input name the deploy and rollback stages read: the pipeline spec's, plus file-path and provenance
 * options that only the CLI offers.
 */
export const DEPLOY_OPTION_NAMES: readonly string[] = [
  ...new Set([...STAGES.deploy, ...STAGES.rollback].map((input) => input.name)),
  'ssh-key-file',
  'ssh-known-hosts-file',
  'commit',
  'run-url',
];

/** A rollback names the version to return to with `to-digest` (empty: the ledger's previous release). */
export function parseRollbackConfig(
  source: InputSource,
  env: NodeJS.ProcessEnv = {},
): Omit<DeployConfig, 'digest'> & { digest: string | undefined } {
  const placeholder = `sha256:${'0'.repeat(64)}`;
  const raw = source('to-digest')?.trim() || undefined;
  const target = raw ? parseDigest(raw, 'to-digest') : undefined;
  const config = parseDeployConfig((name) => (name === 'digest' ? (target ?? placeholder) : source(name)), env);
  return { ...config, digest: target };
}

/** Inputs that may say `{environment}`, so one set of inputs serves dev, staging and prod. */
const PER_ENVIRONMENT = new Set([
  'health-urls',
  'ssh-hosts',
  'ssh-base-dir',
  'kube-namespace',
  'kube-deployment',
  'kube-context',
  'kube-service',
]);

export function parseDeployConfig(source: InputSource, env: NodeJS.ProcessEnv = {}): DeployConfig {
  const environment = new Reader(source).required('environment');
  const read = new Reader((name) => {
    const value = source(name);
    return value !== undefined && PER_ENVIRONMENT.has(name) ? value.replaceAll('{environment}', environment) : value;
  });
  if (!ENVIRONMENT.test(environment))
    throw new UsageError(`input "environment" must be letters, digits, _ and -, not "${environment}"`);
  const kind = read.choice('strategy', ['rolling', 'blue-green', 'canary'] as const, 'rolling');
  const strategy: StrategyConfig =
    kind === 'rolling'
      ? { kind, batches: read.number('batches', 1, 1, 100) }
      : kind === 'canary'
        ? {
            kind,
            steps: parseCanarySteps(read.list('canary-steps').length ? read.list('canary-steps') : ['10', '50']),
            pauseSeconds: read.number('canary-pause-seconds', 60, 0, 3600),
          }
        : { kind };
  const driver = read.choice('driver', ['command', 'ssh', 'kubernetes'] as const, 'command');
  const previous = read.optional('previous-digest');
  const config: DeployConfig = {
    environment,
    image: read.required('image'),
    digest: parseDigest(read.required('digest'), 'digest'),
    previousDigest: previous ? parseDigest(previous, 'previous-digest') : undefined,
    strategy,
    driver,
    health: {
      retries: read.number('health-retries', 10, 1, 1000),
      intervalMs: read.number('health-interval-seconds', 5, 0, 600) * 1000,
      timeoutMs: read.number('health-timeout-seconds', 5, 1, 600) * 1000,
      successThreshold: read.number('health-success-threshold', 2, 1, 100),
    },
    healthUrls: parseHealthUrls(read.list('health-urls')),
    verifyCommand: read.optional('verify-command'),
    ledger: read.boolean('ledger', true),
    timeoutSeconds: read.number('timeout-seconds', 300, 1, 86_400),
    command: {
      deploy: read.optional('deploy-command'),
      route: read.optional('route-command'),
      rollback: read.optional('rollback-command'),
      live: read.optional('live-command'),
    },
    ssh: {
      hosts: read.list('ssh-hosts'),
      port: read.number('ssh-port', 22, 1, 65_535),
      keyFile: read.optional('ssh-key-file'),
      knownHostsFile: read.optional('ssh-known-hosts-file'),
      privateKey: read.optional('ssh-private-key'),
      knownHosts: read.optional('ssh-known-hosts'),
      acceptNew: read.boolean('ssh-accept-new', false),
      baseDir: read.optional('ssh-base-dir') ?? '/srv/app',
      source: read.optional('ssh-source'),
      restart: read.optional('restart-command'),
      stop: read.optional('stop-command'),
    },
    kubernetes: {
      namespace: read.optional('kube-namespace') ?? 'default',
      deployment: read.optional('kube-deployment'),
      container: read.optional('kube-container'),
      service: read.optional('kube-service'),
      context: read.optional('kube-context'),
      kubeconfig: read.optional('kubeconfig'),
    },
    gate: { approvers: read.list('approvers'), after: read.optional('after-environment') },
    webhookUrl: read.optional('webhook-url'),
    notifyOn: read.choice('notify-on', ['failure', 'always', 'never'] as const, 'failure'),
    commit: read.optional('commit') ?? env.GITHUB_SHA ?? env.CI_COMMIT_SHA,
    runUrl:
      read.optional('run-url') ??
      (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : env.CI_JOB_URL),
  };
  if (driver === 'command' && !config.command.deploy)
    throw new UsageError('the command driver needs input "deploy-command"');
  if (driver === 'ssh') {
    if (config.ssh.hosts.length === 0) throw new UsageError('the ssh driver needs input "ssh-hosts"');
    if (!config.ssh.restart)
      throw new UsageError('the ssh driver needs input "restart-command" (how the host starts a release)');
    if (!config.ssh.knownHosts && !config.ssh.knownHostsFile && !config.ssh.acceptNew) {
      throw new UsageError(
        'the ssh driver needs input "ssh-known-hosts" (the targets\' known_hosts lines, e.g. from ssh-keyscan checked by hand), or ssh-accept-new: true to trust keys on first connection',
      );
    }
  }
  if (driver === 'kubernetes' && !config.kubernetes.deployment)
    throw new UsageError('the kubernetes driver needs input "kube-deployment"');
  for (const track of Object.keys(config.healthUrls)) {
    if (!TRACKS.includes(track as Track)) throw new UsageError(`unknown track "${track}" in health-urls`);
  }
  return config;
}
