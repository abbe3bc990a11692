import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { describeError, UsageError } from '../../core/errors.js';
import { gateOutputs, runSecurityGate, type SecurityGateRun } from '../../stages/security/run.js';
import { buildNpmSbom } from '../../stages/security/sbom.js';
import type { SecurityActionContext } from './inputs.js';

export interface SecurityActionReport {
  run: SecurityGateRun;
  outputs: Record<string, string>;
}

/** Runs the gate (and the SBOM when asked) and computes the outputs. No GitHub APIs here. */
export async function runSecurityAction(context: SecurityActionContext): Promise<SecurityActionReport> {
  const prefix = relative(context.workspace, context.root).split(sep).join('/');
  const run = await runSecurityGate({
    root: context.root,
    reports: context.reports,
    ...(context.configPath ? { configPath: context.configPath } : {}),
    ...(context.failOn ? { failOn: context.failOn } : {}),
    check: context.check,
    secrets: context.secrets,
    sarifFile: context.sarifFile,
    ...(prefix ? { pathPrefix: prefix } : {}),
  });
  const outputs = gateOutputs(run.result, context.sarifFile);
  outputs['sbom-file'] = '';
  if (context.sbomFile) {
    const sbom = buildNpmSbom({ root: context.root });
    try {
      mkdirSync(dirname(context.sbomFile), { recursive: true });
      writeFileSync(context.sbomFile, sbom.json);
    } catch (error) {
      throw new UsageError(`cannot write the SBOM ${context.sbomFile}: ${describeError(error)}`);
    }
    outputs['sbom-file'] = context.sbomFile;
  }
  return { run, outputs };
}
