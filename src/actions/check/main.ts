import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { describeError, UsageError } from '../../core/errors.js';
import { getInputs } from './inputs.js';
import { runCheckAction } from './run.js';

/** The root action: check the repository, then publish annotations, the job summary, SARIF and outputs. */
export async function main(): Promise<void> {
  try {
    const report = runCheckAction(getInputs());
    if (report.log) {
      // The report quotes file content: stop workflow-command processing while it is printed.
      const token = randomUUID();
      core.startGroup('shipshape report');
      process.stdout.write(`::stop-commands::${token}\n${report.log}${report.log.endsWith('\n') ? '' : '\n'}::${token}::\n`);
      core.endGroup();
    }
    process.stdout.write(report.annotations);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(report.summary).write();
    core.setOutput('errors', report.counts.errors);
    core.setOutput('warnings', report.counts.warnings);
    core.setOutput('notes', report.counts.notes);
    core.setOutput('total', report.counts.total);
    core.setOutput('sarif-file', report.sarifFile);
    if (report.failed) {
      core.setFailed(`shipshape: ${report.counts.total} finding${report.counts.total === 1 ? '' : 's'} (${report.counts.errors} errors, ${report.counts.warnings} warnings, ${report.counts.notes} notes); fail-on is "${report.failOn}".`);
    }
  } catch (error) {
    core.setFailed(error instanceof UsageError ? `shipshape: ${error.message}` : `shipshape: internal error: ${describeError(error)}`);
  }
}
