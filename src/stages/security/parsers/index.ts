import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../../../core/errors.js';
import type { ParseResult } from '../types.js';
import { parseGitleaks } from './gitleaks.js';
import { parseGrype } from './grype.js';
import { parseNpmAudit } from './npm-audit.js';
import { parseOsvScanner } from './osv-scanner.js';
import { parsePipAudit } from './pip-audit.js';
import { isSarif, parseSarif } from './sarif.js';
import { parseSemgrep } from './semgrep.js';
import { parseTrivy } from './trivy.js';
import { isObject, ReportError, type ParseContext } from './util.js';

/** The `tool` part of a `tool:path` report argument. `auto` (or no tool) recognises the format from the content. */
export const REPORT_TOOLS = [
  'npm-audit',
  'pnpm-audit',
  'osv-scanner',
  'pip-audit',
  'trivy',
  'grype',
  'gitleaks',
  'semgrep',
  'codeql',
  'sarif',
  'auto',
] as const;
export type ReportTool = (typeof REPORT_TOOLS)[number];

export interface ReportSpec {
  tool: ReportTool;
  path: string;
}

/** `trivy:reports/trivy.json` → {tool, path}; a bare path means `auto`. */
export function parseReportSpec(text: string): ReportSpec {
  const value = text.trim();
  const colon = value.indexOf(':');
  const tool = colon > 0 ? value.slice(0, colon) : '';
  if (tool && (REPORT_TOOLS as readonly string[]).includes(tool))
    return { tool: tool as ReportTool, path: value.slice(colon + 1).trim() };
  if (/^[a-z][a-z0-9-]*$/.test(tool) && tool.length > 1) {
    throw new UsageError(`unknown scanner "${tool}" in "${value}": use one of ${REPORT_TOOLS.join(', ')} (tool:path)`);
  }
  return { tool: 'auto', path: value };
}

function detect(data: unknown): Exclude<ReportTool, 'auto' | 'codeql'> {
  if (isSarif(data)) return 'sarif';
  if (Array.isArray(data)) return 'gitleaks';
  if (isObject(data)) {
    if ('SchemaVersion' in data && 'Results' in data) return 'trivy';
    if (Array.isArray(data.matches)) return 'grype';
    if (
      Array.isArray(data.dependencies) &&
      data.dependencies.every(
        (dependency) => isObject(dependency) && ('vulns' in dependency || 'skip_reason' in dependency),
      )
    )
      return 'pip-audit';
    if (Array.isArray(data.results) && data.results.some((result) => isObject(result) && 'packages' in result))
      return 'osv-scanner';
    if (Array.isArray(data.results))
      return data.results.length === 0 && 'experimental_config' in data ? 'osv-scanner' : 'semgrep';
    if ('auditReportVersion' in data || 'vulnerabilities' in data || 'advisories' in data) return 'npm-audit';
  }
  throw new ReportError('format not recognised; name the tool, e.g. trivy:report.json');
}

/** Parses one report's JSON. SARIF content is read as SARIF whatever tool was named. */
export function parseReport(tool: ReportTool, data: unknown, context: ParseContext): ParseResult {
  const format = tool === 'auto' || isSarif(data) ? detect(data) : tool === 'codeql' ? 'sarif' : tool;
  switch (format) {
    case 'sarif':
      return parseSarif(data, context);
    case 'npm-audit':
      return parseNpmAudit(data, context, tool === 'pnpm-audit' ? 'pnpm-audit' : 'npm-audit');
    case 'pnpm-audit':
      return parseNpmAudit(data, context, 'pnpm-audit');
    case 'osv-scanner':
      return parseOsvScanner(data, context);
    case 'pip-audit':
      return parsePipAudit(data, context);
    case 'trivy':
      return parseTrivy(data, context);
    case 'grype':
      return parseGrype(data, context);
    case 'gitleaks':
      return parseGitleaks(data, context);
    case 'semgrep':
      return parseSemgrep(data, context);
  }
}

/** Reads and parses a report file; every problem becomes a UsageError that names the file. */
export function readReport(spec: ReportSpec, root: string): ParseResult {
  const absolute = resolve(root, spec.path);
  const reportPath = relative(root, absolute).split(sep).join('/');
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new UsageError(
      `scanner report ${reportPath}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // JSON.parse quotes the text around the error: a path given as input never has its content echoed.
    throw new UsageError(`scanner report ${reportPath}: not valid JSON`);
  }
  try {
    const result = parseReport(spec.tool, data, { root, reportPath });
    for (const finding of [...result.findings, ...result.suppressed.map((item) => item.finding)])
      finding.report = reportPath;
    return result;
  } catch (error) {
    if (error instanceof ReportError)
      throw new UsageError(`scanner report ${reportPath} (${spec.tool}): ${error.message}`);
    throw error;
  }
}

export { isSarif, parseSarif } from './sarif.js';
