import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { describeError, UsageError } from '../../core/errors.js';
import { getInputs } from './inputs.js';
import { runCheckAction } from './run.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The root action: check the repository, then publish annotations, the job summary, SARIF and outputs. */
export async function main(): Promise<void> {
  try {
    const report = await runCheckAction(getInputs());
    if (report.log) {
      // The report quotes file content: stop workflow-command processing while it is printed.
      const token = randomUUID();
      core.startGroup('shipshape report');
      process.stdout.write(
        `::stop-commands::${token}\n${report.log}${report.log.endsWith('\n') ? '' : '\n'}::${token}::\n`,
      );
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
      const { total, errors, warnings, notes } = report.counts;
      core.setFailed(
        `shipshape: ${plural(total, 'finding')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')}); fail-on is "${report.failOn}".`,
      );
    }
  } catch (error) {
    core.setFailed(
      error instanceof UsageError
        ? `shipshape: ${error.message}`
        : `shipshape: internal error: ${describeError(error)}`,
    );
  }
}
