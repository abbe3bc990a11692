import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeError, UsageError } from '../../core/errors.js';
import type { Notice } from '../../core/finding.js';
import { runCheck } from '../../runner/check.js';
import { loadSecurityConfig, type SecurityConfig } from './config.js';
import { formatGateMarkdown, formatGateText, fromCheckFindings, runGate, type GateResult } from './gate.js';
import { readReport, type ReportSpec } from './parsers/index.js';
import { formatSecuritySarif } from './sarif-out.js';
import { scanSecrets } from './secrets.js';
import type { ParseResult, SecurityFailOn } from './types.js';

export interface SecurityGateOptions {
  /** Repository root: report paths, config and finding paths are relative to it. */
  root: string;
  reports: ReportSpec[];
  /** Security config (fail-on, allow-list, secrets); default `.shipshape-security.yml` at the root when present. */
  configPath?: string;
  /** Overrides the config's fail-on. */
  failOn?: SecurityFailOn;
  /** Run `shipshape check` on the root and merge its findings (default true). */
  check?: boolean;
  /** Run the secrets scan on the root (default true). */
  secrets?: boolean;
  /** Where to write the merged SARIF (optional). */
  sarifFile?: string;
  /** Prepended to every path in the result (the root's place in the checkout, so SARIF paths are checkout-relative). */
  pathPrefix?: string;
  now?: Date;
}

export interface SecurityGateRun {
  result: GateResult;
  config: SecurityConfig;
  /** Findings per input before de-duplication and the allow-list: `shipshape`, `secrets`, each report path. */
  inputs: { name: string; findings: number; suppressed: number }[];
  notices: Notice[];
  sarif: string;
  text: string;
  markdown: string;
}

/** The security stage: every source merged into one gate, one SARIF and one summary. Platform-free. */
export async function runSecurityGate(options: SecurityGateOptions): Promise<SecurityGateRun> {
  const config = loadSecurityConfig(options.root, options.configPath);
  if (options.failOn) config.failOn = options.failOn;
  const results: ParseResult[] = [];
  const inputs: SecurityGateRun['inputs'] = [];
  const notices: Notice[] = [];
  const add = (name: string, result: ParseResult) => {
    results.push(result);
    inputs.push({ name, findings: result.findings.length, suppressed: result.suppressed.length });
  };
  if (options.check !== false) {
    const check = await runCheck({ root: options.root });
    notices.push(...check.notices);
    add('shipshape check', { findings: fromCheckFindings(check.findings, check.registry), suppressed: [] });
  }
  if (options.secrets !== false) {
    const scan = scanSecrets({
      root: options.root,
      ignore: config.secrets.ignore,
      minEntropy: config.secrets.minEntropy,
    });
    notices.push(...scan.notices);
    add('secrets scan', { findings: scan.findings, suppressed: [] });
  }
  for (const report of options.reports) add(`${report.tool}:${report.path}`, readReport(report, options.root));
  if (options.pathPrefix) {
    const prefix = options.pathPrefix.replace(/\/+$/, '');
    for (const result of results) {
      for (const finding of [...result.findings, ...result.suppressed.map((item) => item.finding)]) {
        if (finding.path) finding.path = `${prefix}/${finding.path}`;
        if (finding.report) finding.report = `${prefix}/${finding.report}`;
      }
    }
  }
  const result = runGate(results, config, options.now);
  const sarif = formatSecuritySarif(result);
  if (options.sarifFile) {
    try {
      mkdirSync(dirname(options.sarifFile), { recursive: true });
      writeFileSync(options.sarifFile, sarif);
    } catch (error) {
      throw new UsageError(`cannot write the SARIF file ${options.sarifFile}: ${describeError(error)}`);
    }
  }
  return { result, config, inputs, notices, sarif, text: formatGateText(result), markdown: formatGateMarkdown(result) };
}

/** The stage outputs (GitHub step outputs, GitLab dotenv). */
export function gateOutputs(result: GateResult, sarifFile: string | undefined): Record<string, string> {
  return {
    blocked: String(result.blocked),
    total: String(result.findings.length),
    blocking: String(result.blocking.length),
    critical: String(result.counts.critical),
    high: String(result.counts.high),
    medium: String(result.counts.medium),
    low: String(result.counts.low),
    unknown: String(result.counts.unknown),
    allowed: String(result.allowed.length),
    'sarif-file': sarifFile ?? '',
  };
}
