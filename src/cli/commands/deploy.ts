import { appendFileSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { commandScope, resolveReadPath, resolveWritePath, type PathScope } from '../../core/paths.js';
import {
  DEPLOY_OPTION_NAMES,
  parseDeployConfig,
  parseRollbackConfig,
  type InputSource,
} from '../../stages/deploy/config.js';
import { recordOutputs, recordSummary } from '../../stages/deploy/notify.js';
import { executeDeploy, executeRollback, type DeployOutcome } from '../../stages/deploy/run.js';
import { writeOutputs } from '../../stages/outputs.js';
import { STAGES } from '../../pipeline/spec.js';
import { parseCommandArgs, type Command, type CommandIO } from '../command.js';
import { normalizeBooleanFlags, specParseOptions, specUsage, type SpecFlags } from '../spec-options.js';

/** A stage's inputs as flags (a boolean one as `--[no-]<name>`), with help lines from the spec. */
const DEPLOY_FLAGS: SpecFlags = { inputs: STAGES.deploy };
const ROLLBACK_FLAGS: SpecFlags = { inputs: STAGES.rollback };

/** Options only the CLI has: key and known_hosts files instead of their contents, provenance, a dotenv report. */
function options(flags: SpecFlags) {
  const cliOnly = DEPLOY_OPTION_NAMES.filter(
    (name) =>
      !STAGES.deploy.some((input) => input.name === name) && !STAGES.rollback.some((input) => input.name === name),
  );
  return {
    ...specParseOptions(flags),
    ...Object.fromEntries([...cliOnly, 'dotenv'].map((name) => [name, { type: 'string' as const }])),
    help: { type: 'boolean' as const, short: 'h' },
  };
}

/**
 * Flags first, then `SHIPSHAPE_<NAME>` variables: GitLab templates pass inputs as job variables, so no input is
 * ever interpolated into a script line.
 */
function inputSource(values: Record<string, unknown>, env: NodeJS.ProcessEnv): InputSource {
  return (name) => {
    const flag = values[name];
    if (typeof flag === 'string') return flag;
    if (flag === true) return 'true';
    if (values[`no-${name}`] === true) return 'false';
    return env[`SHIPSHAPE_${name.toUpperCase().replace(/-/g, '_')}`];
  };
}

/** The folder uploaded to the hosts is read from the workspace only; the dotenv report is written there. */
function checkPaths<T extends { ssh: { source?: string } }>(
  config: T,
  dotenv: string | undefined,
  scope: PathScope,
): { config: T; dotenv: string | undefined } {
  const source = config.ssh.source ? resolveReadPath('--ssh-source', config.ssh.source, scope, 'directory') : undefined;
  return {
    config: { ...config, ssh: { ...config.ssh, ...(source ? { source } : {}) } },
    dotenv: dotenv ? resolveWritePath('--dotenv', dotenv, scope) : undefined,
  };
}

function report(outcome: DeployOutcome, io: CommandIO, dotenv: string | undefined): number {
  const { record } = outcome;
  const summary = recordSummary(record);
  io.stdout(`${summary}\n`);
  if (outcome.ledger)
    io.stdout(
      `ledger: ${record.environment} → ${outcome.ledger.current ?? '-'}, ${record.environment}-previous → ${outcome.ledger.previous ?? '-'}\n`,
    );
  if (outcome.notifyError) io.stderr(`notification not sent: ${outcome.notifyError}\n`);
  if (io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
  const outputs = recordOutputs(record);
  writeOutputs(outputs, { githubOutput: io.env.GITHUB_OUTPUT });
  if (dotenv) {
    // GitLab passes dotenv variables to every later job: prefixed, so they never shadow a job's own settings,
    // and without the JSON record (dotenv values are one short line).
    const { record: _record, ...rest } = outputs;
    writeOutputs(Object.fromEntries(Object.entries(rest).map(([name, value]) => [`deploy-${name}`, value])), {
      dotenv,
    });
  }
  return record.result === 'succeeded' ? 0 : 1;
}

function optionsUsage(flags: SpecFlags, stage: string): string {
  return `
Options (the ${stage} stage's inputs, as in actions/${stage} and gitlab/${stage}.yml):
${specUsage(flags)}
Only here: --ssh-key-file FILE and --ssh-known-hosts-file FILE (instead of the contents), --commit SHA,
--run-url URL (provenance in the record), --dotenv FILE (outputs as a GitLab dotenv report).
Every option can also come from a SHIPSHAPE_<OPTION> variable (e.g. SHIPSHAPE_HEALTH_URLS).`;
}

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'Deploy an image digest with a strategy, verify it, and roll back by itself when it is unhealthy.',
  // A getter: the help is rendered from the spec each time, so it always says what the spec says.
  get usage() {
    return `shipshape deploy --environment ENV --image REGISTRY/REPO --digest sha256:… [options]\n${optionsUsage(DEPLOY_FLAGS, 'deploy')}`;
  },
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'deploy',
      normalizeBooleanFlags('deploy', DEPLOY_FLAGS, argv),
      options(DEPLOY_FLAGS),
    );
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`deploy: unexpected argument "${positionals[0]}"`);
    const { config, dotenv } = checkPaths(
      parseDeployConfig(inputSource(values, io.env), io.env),
      (values as Record<string, unknown>).dotenv as string | undefined,
      commandScope(io.cwd, io.env),
    );
    const outcome = await executeDeploy(config, { env: io.env, cwd: io.cwd, log: (line) => io.stderr(`${line}\n`) });
    return report(outcome, io, dotenv);
  },
};

export const rollbackCommand: Command = {
  name: 'rollback',
  summary: 'Roll an environment back to the previous release (or a given digest) and verify it.',
  get usage() {
    return `shipshape rollback --environment ENV --image REGISTRY/REPO [--to-digest sha256:…] [options]\n${optionsUsage(ROLLBACK_FLAGS, 'rollback')}`;
  },
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'rollback',
      normalizeBooleanFlags('rollback', ROLLBACK_FLAGS, argv),
      options(ROLLBACK_FLAGS),
    );
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`rollback: unexpected argument "${positionals[0]}"`);
    const { config, dotenv } = checkPaths(
      parseRollbackConfig(inputSource(values, io.env), io.env),
      (values as Record<string, unknown>).dotenv as string | undefined,
      commandScope(io.cwd, io.env),
    );
    const outcome = await executeRollback(config, { env: io.env, cwd: io.cwd, log: (line) => io.stderr(`${line}\n`) });
    return report(outcome, io, dotenv);
  },
};
