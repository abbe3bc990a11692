import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { describeError, UsageError } from '../../core/errors.js';
import { getInputs } from './inputs.js';
import { releaseImage } from './release.js';
import { runSecurityAction } from './run.js';

/** The security gate action: merge every source, write SARIF (and an SBOM), summarise, set outputs, fail when blocked. */
export async function main(): Promise<void> {
  try {
    const context = getInputs();
    const { run, outputs } = await runSecurityAction(context);
    const image = context.image ? await releaseImage(context.image, run.result.blocked, process.env) : undefined;
    outputs.released = String(image?.released ?? false);
    outputs['image-scanned'] = String(image?.scanned ?? false);
    outputs['released-refs'] = image?.refs.join('\n') ?? '';
    // Report text quotes scanner output: stop workflow-command processing while it is printed.
    const token = randomUUID();
    core.startGroup('shipshape security gate');
    process.stdout.write(
      `::stop-commands::${token}\n${run.text}${run.notices.map((notice) => `${notice.path}: notice: ${notice.message}\n`).join('')}::${token}::\n`,
    );
    core.endGroup();
    if (process.env.GITHUB_STEP_SUMMARY)
      await core.summary.addRaw(image ? `${run.markdown}\n${image.summary.join('\n')}\n` : run.markdown).write();
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    if (image?.refusal) core.setFailed(`shipshape: ${image.refusal}.`);
    if (run.result.blocked) {
      const { counts } = run.result;
      core.setFailed(
        `shipshape: security gate blocked by ${run.result.blocking.length} finding${run.result.blocking.length === 1 ? '' : 's'} at or above ${run.result.failOn} (critical ${counts.critical}, high ${counts.high}, medium ${counts.medium}, low ${counts.low}, unknown ${counts.unknown}).`,
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
