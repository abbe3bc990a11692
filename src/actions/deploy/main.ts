import * as core from '@actions/core';
import { checkGithubGate } from '../../stages/deploy/github-gate.js';
import { executeDeploy } from '../../stages/deploy/run.js';
import { readDeployInputs } from './inputs.js';
import { publish } from './publish.js';

export async function run(): Promise<void> {
  const { config, requireGate, approversFile } = readDeployInputs();
  // The environment gate runs before anything touches the target; a refusal fails the step (GateRefused).
  const approval = requireGate
    ? await checkGithubGate({
        environment: config.environment,
        approvers: config.gate.approvers,
        approversFile,
        env: process.env,
      })
    : undefined;
  if (approval) core.info(`gate passed for ${config.environment}: ${approval.detail}`);
  // The approver list has been applied to the reviewer or dispatcher; the promotion check (after-environment) stays.
  const gated = approval ? { ...config, gate: { ...config.gate, approvers: [] } } : config;
  const outcome = await executeDeploy(gated, {
    env: process.env,
    cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
    log: (line) => core.info(line),
    ...(approval ? { approval } : {}),
  });
  await publish(outcome, 'deploy');
}
