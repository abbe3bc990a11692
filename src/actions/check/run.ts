import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { describeError, UsageError } from '../../core/errors.js';
import { severityRank, type Finding, type Notice } from '../../core/finding.js';
import type { FailOn } from '../../core/config.js';
import { FORMATS, type ReportInput } from '../../formats/index.js';
import { runCheck } from '../../runner/check.js';
import type { CheckContext } from './inputs.js';

export interface ActionReport {
  /** The `format` report for the log. */
  log: string;
  annotations: string;
  summary: string;
  counts: { errors: number; warnings: number; notes: number; total: number };
  sarifFile: string;
  failOn: FailOn;
  failed: boolean;
}

/** Paths in findings are relative to working-directory; GitHub wants them relative to the checkout. */
function rebase<T extends Finding | Notice>(items: T[], prefix: string): T[] {
  return prefix ? items.map((item) => ({ ...item, path: `${prefix}/${item.path}` })) : items;
}

/** Runs the check and renders every report the action publishes; writes the SARIF file. No GitHub APIs here. */
export async function runCheckAction(context: CheckContext): Promise<ActionReport> {
  const result = await runCheck({
    root: context.root,
    paths: context.paths,
    configPath: context.configPath,
    baselinePath: context.baselinePath,
  });
  const prefix = relative(context.workspace, context.root).split(sep).join('/');
  const input: ReportInput = {
    findings: rebase(result.findings, prefix),
    notices: rebase(result.notices, prefix),
    registry: result.registry,
    checked: result.checked,
  };
  const sarif = FORMATS.sarif!(input);
  try {
    mkdirSync(dirname(context.sarifFile), { recursive: true });
    writeFileSync(context.sarifFile, sarif);
  } catch (error) {
    throw new UsageError(`cannot write the SARIF file ${context.sarifFile}: ${describeError(error)}`);
  }
  const count = (severity: Finding['severity']): number =>
    input.findings.filter((finding) => finding.severity === severity).length;
  const failOn = context.failOn ?? result.config.failOn;
  return {
    log: context.format === 'annotations' ? '' : FORMATS[context.format]!(input),
    annotations: FORMATS.annotations!(input),
    summary: FORMATS.summary!(input),
    counts: { errors: count('error'), warnings: count('warning'), notes: count('note'), total: input.findings.length },
    sarifFile: context.sarifFile,
    failOn,
    failed:
      failOn !== 'never' && input.findings.some((finding) => severityRank(finding.severity) >= severityRank(failOn)),
  };
}
