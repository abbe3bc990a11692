import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../../../core/errors.js';
import type { ParseResult } from '../types.js';
import { parseGitleaks } from './gitleaks.js';
import { mergeRelated, parseGrype } from './grype.js';
import { parseNpmAudit } from './npm-audit.js';
import { parseOsvScanner } from './osv-scanner.js';
import { parsePipAudit } from './pip-audit.js';
import { isSarif, parseSarif } from './sarif.js';
import { parseSemgrep } from './semgrep.js';
import { parseTrivy } from './trivy.js';
import { readBatch, scanReport, withList, type ListPattern } from './stream.js';
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

type ReportFormat = ReturnType<typeof detect>;

/** The format a report is read as: SARIF content is read as SARIF whatever tool was named. */
function reportFormat(tool: ReportTool, data: unknown): ReportFormat {
  return tool === 'auto' || isSarif(data) ? detect(data) : tool === 'codeql' ? 'sarif' : tool;
}

function parseAs(format: ReportFormat, tool: ReportTool, data: unknown, context: ParseContext): ParseResult {
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

/** Parses one report's JSON. SARIF content is read as SARIF whatever tool was named. */
export function parseReport(tool: ReportTool, data: unknown, context: ParseContext): ParseResult {
  return parseAs(reportFormat(tool, data), tool, data, context);
}

/** Reports larger than this are read in a stream of batches (see stream.ts); smaller ones with one JSON.parse. */
export const STREAM_ABOVE_BYTES = 1024 * 1024;

/** Where each format keeps its findings: the lists a large report is read from in batches. */
const SARIF_LISTS: ListPattern[] = [['runs', '*', 'results']];
const TRIVY_LISTS: ListPattern[] = [
  'Vulnerabilities',
  'Secrets',
  'Misconfigurations',
  'ExperimentalModifiedFindings',
  'ModifiedFindings',
].map((list) => ['Results', '*', list]);
const NPM_LISTS: ListPattern[] = [['vulnerabilities'], ['advisories']];
const LISTS: Record<Exclude<ReportTool, 'auto'>, ListPattern[]> = {
  sarif: SARIF_LISTS,
  codeql: SARIF_LISTS,
  trivy: TRIVY_LISTS,
  grype: [['matches'], ['ignoredMatches']],
  gitleaks: [[]],
  'npm-audit': NPM_LISTS,
  'pnpm-audit': NPM_LISTS,
  'osv-scanner': [['results', '*', 'packages']],
  'pip-audit': [['dependencies']],
  semgrep: [['results']],
};
const ALL_LISTS: ListPattern[] = [
  ...new Set(
    Object.values(LISTS)
      .flat()
      .map((pattern) => pattern.join('\u0000')),
  ),
].map((key) => (key ? key.split('\u0000') : []));

/**
 * A large report, batch by batch: the format is recognised on the frame with the first element of each list in
 * place, each batch is parsed in the frame in place of its list, and the findings are gathered. Findings outside
 * the lists (none in the known formats) are taken once.
 */
function readLargeReport(tool: ReportTool, file: string, context: ParseContext): ParseResult {
  const { frame, lists } = scanReport(
    file,
    tool === 'auto'
      ? ALL_LISTS
      : tool === 'sarif' || tool === 'codeql'
        ? LISTS[tool]
        : [...LISTS[tool], ...SARIF_LISTS],
  );
  let sample = structuredClone(frame);
  for (const list of lists) {
    const first = list.batches[0];
    if (!first) continue;
    const items = readBatch(file, list, first);
    const head = Array.isArray(items) ? items.slice(0, 1) : Object.fromEntries(Object.entries(items).slice(0, 1));
    sample = withList(sample, list.path, head);
  }
  const format = reportFormat(tool, sample);
  const outside = parseAs(format, tool, frame, context);
  const taken = new Set(outside.findings.map((finding) => finding.fingerprint));
  const findings = [...outside.findings];
  const suppressed = [...outside.suppressed];
  let document = frame;
  for (const list of lists) {
    for (const batch of list.batches) {
      document = withList(document, list.path, readBatch(file, list, batch));
      const part = parseAs(format, tool, document, context);
      for (const finding of part.findings) if (!taken.has(finding.fingerprint)) findings.push(finding);
      for (const item of part.suppressed) if (!taken.has(item.finding.fingerprint)) suppressed.push(item);
    }
    document = withList(document, list.path, list.kind === 'array' ? [] : {});
  }
  return { findings: format === 'grype' ? mergeRelated(findings) : findings, suppressed };
}

/** Reads and parses a report file; every problem becomes a UsageError that names the file. */
export function readReport(spec: ReportSpec, root: string): ParseResult {
  const absolute = resolve(root, spec.path);
  const reportPath = relative(root, absolute).split(sep).join('/');
  const context = { root, reportPath };
  const cannotRead = (error: unknown) =>
    new UsageError(
      `scanner report ${reportPath}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  let size: number;
  try {
    size = statSync(absolute).size;
  } catch (error) {
    throw cannotRead(error);
  }
  try {
    let result: ParseResult;
    if (size > STREAM_ABOVE_BYTES) {
      try {
        result = readLargeReport(spec.tool, absolute, context);
      } catch (error) {
        if (error instanceof ReportError || error instanceof UsageError) throw error;
        throw cannotRead(error);
      }
    } else {
      let text: string;
      try {
        text = readFileSync(absolute, 'utf8');
      } catch (error) {
        throw cannotRead(error);
      }
      let data: unknown;
      try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        // JSON.parse quotes the text around the error: a path given as input never has its content echoed.
        throw new UsageError(`scanner report ${reportPath}: not valid JSON`);
      }
      result = parseReport(spec.tool, data, context);
    }
    for (const finding of result.findings) finding.report = reportPath;
    for (const item of result.suppressed) item.finding.report = reportPath;
    return result;
  } catch (error) {
    if (error instanceof ReportError && error.message.startsWith('not valid JSON'))
      throw new UsageError(`scanner report ${reportPath}: ${error.message}`);
    if (error instanceof ReportError)
      throw new UsageError(`scanner report ${reportPath} (${spec.tool}): ${error.message}`);
    throw error;
  }
}

export { isSarif, parseSarif } from './sarif.js';
