import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findReports, parseJunit, summaryMarkdown, totals } from './junit.js';
import { readContext } from './inputs.js';

export async function run(): Promise<void> {
  const context = readContext();
  const code = await exec.exec('bash', ['-e', '-o', 'pipefail', '-c', context.command], {
    cwd: context.dir,
    ignoreReturnCode: true,
  });
  const reports = findReports(context.dir, context.junitPatterns);
  const cases = reports.flatMap((file) => parseJunit(readFileSync(join(context.dir, file), 'utf8'), file));
  const result = totals(cases);
  core.setOutput('passed', String(result.passed));
  core.setOutput('failed', String(result.failed));
  core.setOutput('skipped', String(result.skipped));
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(result, reports, code)).write();
  if (code !== 0)
    core.setFailed(
      `the test command failed with exit code ${code} (${result.failed} failed test cases in ${reports.length} reports)`,
    );
  else if (result.failed > 0) core.setFailed(`${result.failed} test cases failed (see the job summary)`);
}
