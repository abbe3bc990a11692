import type { Finding, Notice, Severity } from '../core/finding.js';
import type { Registry } from '../core/registry.js';
import type { Rule } from '../core/rule.js';
import { docsUrl } from '../core/engine.js';
import { REPOSITORY_URL, TOOL_NAME, VERSION } from '../version.js';
import type { Formatter } from './types.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The key of our fingerprint in `partialFingerprints`; bump the suffix if the fingerprint recipe ever changes. */
export const FINGERPRINT_KEY = `${TOOL_NAME}/v1`;
export const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' };
/** GitHub code scanning reads `problem.severity` for non-security alerts: error, warning or recommendation. */
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'recommendation' };

/** A repository-relative path as a relative URI reference: each segment percent-encoded, slashes kept. */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** `docker/no-latest-tag` → `DockerNoLatestTag`: SARIF's `name` is an identifier-like, non-localised name. */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function peersText(rule: Rule): string {
  return Object.entries(rule.meta.equivalents ?? {})
    .map(([tool, ids]) => `${tool} ${ids.join(', ')}`)
    .join('; ');
}

export function ruleDescriptor(rule: Rule): Record<string, unknown> {
  const { meta } = rule;
  const url = docsUrl(rule);
  const peers = peersText(rule);
  const full = `${meta.description}${peers ? ` Same idea in: ${peers}.` : ''}`;
  const tags = [meta.domain, meta.category];
  // Code scanning files a result as a security alert (and reads security-severity) only with this tag.
  if ((meta.category === 'security' || meta.securitySeverity !== undefined) && !tags.includes('security'))
    tags.push('security');
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: full },
    helpUri: url,
    help: {
      text: `${full}\nDocumentation: ${url}`,
      markdown: `${full}\n\n[Documentation of ${meta.id}](${url})`,
    },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    properties: {
      tags,
      precision: 'high',
      'problem.severity': PROBLEM_SEVERITY[meta.defaultSeverity],
      ...(meta.securitySeverity !== undefined ? { 'security-severity': meta.securitySeverity.toFixed(1) } : {}),
    },
  };
}

function region(finding: Finding): Record<string, number> {
  const { line, column, endLine, endColumn } = finding.span;
  const startLine = Math.max(1, line);
  const startColumn = Math.max(1, column);
  const lastLine = Math.max(startLine, endLine);
  const lastColumn = lastLine === startLine ? Math.max(startColumn, endColumn) : Math.max(1, endColumn);
  return { startLine, startColumn, endLine: lastLine, endColumn: lastColumn };
}

function notification(notice: Notice): Record<string, unknown> {
  return {
    level: 'note',
    message: { text: notice.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(notice.path), uriBaseId: SRCROOT } } }],
  };
}

/** Rules that reported at least once, sorted by id, or a synthetic descriptor for an id the registry lacks. */
function firedRules(findings: Finding[], registry: Registry): Record<string, unknown>[] {
  const ids = [...new Set(findings.map((finding) => finding.ruleId))].sort();
  return ids.map((id) => {
    const rule = registry.byId.get(id);
    if (rule) return ruleDescriptor(rule);
    const sample = findings.find((finding) => finding.ruleId === id)!;
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: id },
      fullDescription: { text: id },
      helpUri: sample.docsUrl,
      help: { text: `Documentation: ${sample.docsUrl}`, markdown: `[Documentation of ${id}](${sample.docsUrl})` },
      defaultConfiguration: { level: LEVEL[sample.severity] },
      properties: { tags: [], precision: 'high', 'problem.severity': PROBLEM_SEVERITY[sample.severity] },
    };
  });
}

/** Builds the SARIF log as an object (tests validate it against the schema). */
export function buildSarif({ findings, notices, registry }: Parameters<Formatter>[0]): Record<string, unknown> {
  const rules = firedRules(findings, registry);
  const index = new Map(rules.map((rule, i) => [rule.id as string, i]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notices.map(notification) }],
        columnKind: 'utf16CodeUnits',
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: index.get(finding.ruleId)!,
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: pathToUri(finding.path), uriBaseId: SRCROOT },
                region: region(finding),
              },
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
          ...(finding.confidence ? { properties: { confidence: finding.confidence } } : {}),
        })),
      },
    ],
  };
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it. `tool.driver.rules` lists the rules that reported at least once
 * (sorted by id; `ruleIndex` points into it), so the file stays small and code scanning still gets every rule's
 * help for the alerts it shows. URIs are relative to `%SRCROOT%` (the repository root).
 */
export const formatSarif: Formatter = (input) => `${JSON.stringify(buildSarif(input), null, 2)}\n`;
