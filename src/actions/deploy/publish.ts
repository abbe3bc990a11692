import * as core from '@actions/core';
import { recordOutputs, recordSummary } from '../../stages/deploy/notify.js';
import type { DeployOutcome } from '../../stages/deploy/run.js';

/** Job summary, outputs and the step's verdict from a deploy or rollback outcome. */
export async function publish(outcome: DeployOutcome, what: 'deploy' | 'rollback'): Promise<void> {
  const { record } = outcome;
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(recordSummary(record)).write();
  for (const [name, value] of Object.entries(recordOutputs(record))) core.setOutput(name, value);
  if (outcome.notifyError) core.warning(`notification not sent: ${outcome.notifyError}`);
  if (record.result !== 'succeeded') {
    core.setFailed(`${what} to ${record.environment} ${record.result}${record.reason ? `: ${record.reason}` : ''}`);
  }
}
