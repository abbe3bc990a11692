import { appendFileSync } from 'node:fs';
import { UsageError } from '../../core/errors.js';
import { DEPLOY_INPUTS, parseDeployConfig, parseRollbackConfig, type InputSource } from '../../stages/deploy/config.js';
import { recordOutputs, recordSummary } from '../../stages/deploy/notify.js';
import { executeDeploy, executeRollback, type DeployOutcome } from '../../stages/deploy/run.js';
import { writeOutputs } from '../../stages/outputs.js';
import { parseCommandArgs, type Command, type CommandIO } from '../command.js';

const OPTIONS: Record<string, { type: 'string' }> = Object.fromEntries([...DEPLOY_INPUTS, 'dotenv'].map((name) => [name, { type: 'string' as const }]));

/**
 * Flags first, then `SHIPSHAPE_<NAME>` variables: GitLab templates pass inputs as job variables, so no input is
 * ever interpolated into a script line.
 */
function inputSource(values: Record<string, unknown>, env: NodeJS.ProcessEnv): InputSource {
  return (name) => {
    const flag = values[name];
    if (typeof flag === 'string') return flag;
    return env[`SHIPSHAPE_${name.toUpperCase().replace(/-/g, '_')}`];
  };
}

function report(outcome: DeployOutcome, io: CommandIO, dotenv: string | undefined): number {
  const { record } = outcome;
  const summary = recordSummary(record);
  io.stdout(`${summary}\n`);
  if (outcome.ledger) io.stdout(`ledger: ${record.environment} → ${outcome.ledger.current ?? '-'}, ${record.environment}-previous → ${outcome.ledger.previous ?? '-'}\n`);
  if (outcome.notifyError) io.stderr(`notification not sent: ${outcome.notifyError}\n`);
  if (io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, `${summary}\n`);
  const outputs = recordOutputs(record);
  writeOutputs(outputs, { githubOutput: io.env.GITHUB_OUTPUT });
  if (dotenv) {
    // GitLab passes dotenv variables to every later job: prefixed, so they never shadow a job's own settings,
    // and without the JSON record (dotenv values are one short line).
    const { record: _record, ...rest } = outputs;
    writeOutputs(Object.fromEntries(Object.entries(rest).map(([name, value]) => [`deploy-${name}`, value])), { dotenv });
  }
  return record.result === 'succeeded' ? 0 : 1;
}

const shared = `
  --strategy rolling|blue-green|canary   --batches N   --canary-steps 10,50   --canary-pause-seconds N
  --driver command|ssh|kubernetes
  --health-urls [track=]URL,…  --health-retries N  --health-interval-seconds N  --health-timeout-seconds N
  --verify-command CMD   --ledger true|false (previous digest from, and result into, the registry's <env> tags)
  command driver: --deploy-command --route-command --rollback-command --live-command
  ssh driver:     --ssh-hosts --ssh-port --ssh-key-file --ssh-known-hosts-file --ssh-base-dir --ssh-source
                  --restart-command --stop-command
  kubernetes:     --kube-namespace --kube-deployment --kube-container --kube-service --kube-context
  --webhook-url URL  --notify-on failure|always|never  --dotenv FILE
Every option can also come from a SHIPSHAPE_<OPTION> variable (e.g. SHIPSHAPE_HEALTH_URLS).`;

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'Deploy an image digest with a strategy, verify it, and roll back by itself when it is unhealthy.',
  usage: `shipshape deploy --environment ENV --image REGISTRY/REPO --digest sha256:… [options]\n${shared}`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('deploy', argv, { ...OPTIONS, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`deploy: unexpected argument "${positionals[0]}"`);
    const config = parseDeployConfig(inputSource(values, io.env), io.env);
    const outcome = await executeDeploy(config, { env: io.env, cwd: io.cwd, log: (line) => io.stderr(`${line}\n`) });
    return report(outcome, io, (values as Record<string, unknown>).dotenv as string | undefined);
  },
};

export const rollbackCommand: Command = {
  name: 'rollback',
  summary: 'Roll an environment back to the previous release (or a given digest) and verify it.',
  usage: `shipshape rollback --environment ENV --image REGISTRY/REPO [--to-digest sha256:…] [options]\n${shared}`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('rollback', argv, { ...OPTIONS, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      io.stdout(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`rollback: unexpected argument "${positionals[0]}"`);
    const config = parseRollbackConfig(inputSource(values, io.env), io.env);
    const outcome = await executeRollback(config, { env: io.env, cwd: io.cwd, log: (line) => io.stderr(`${line}\n`) });
    return report(outcome, io, (values as Record<string, unknown>).dotenv as string | undefined);
  },
};
