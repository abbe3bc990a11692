import type { Finding } from '../../core/finding.js';
import type { Registry } from '../../core/registry.js';
import { describeEntry, entryMatches, isExpired, type AllowEntry, type SecurityConfig } from './config.js';
import {
  makeFinding,
  SECURITY_SEVERITIES,
  severityFromScore,
  severityRank,
  type ParseResult,
  type SecurityFailOn,
  type SecurityFinding,
  type SecuritySeverity,
  type SuppressedFinding,
} from './types.js';

export type SeverityCounts = Record<SecuritySeverity, number>;

export interface ExpiredEntry {
  entry: AllowEntry;
  /** Findings it would have allowed: they are gated again. */
  matched: number;
}

export interface GateResult {
  /** Every finding that is not allowed or suppressed, de-duplicated, worst first. */
  findings: SecurityFinding[];
  /** The findings that block (at or above fail-on, unknown rated as unknownSeverity). */
  blocking: SecurityFinding[];
  blocked: boolean;
  failOn: SecurityFailOn;
  unknownSeverity: SecurityConfig['unknownSeverity'];
  counts: SeverityCounts;
  /** Per source, per severity, of `findings`. */
  bySource: Record<string, SeverityCounts>;
  allowed: { finding: SecurityFinding; entry: AllowEntry }[];
  suppressed: SuppressedFinding[];
  expired: ExpiredEntry[];
  /** Unexpired entries that matched nothing (candidates for removal). */
  unused: AllowEntry[];
}

export function emptyCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}

/** The severity a finding is gated at. */
export function gatedSeverity(
  finding: SecurityFinding,
  unknownSeverity: SecurityConfig['unknownSeverity'],
): SecuritySeverity {
  return finding.severity === 'unknown' ? unknownSeverity : finding.severity;
}

export function compareSecurityFindings(a: SecurityFinding, b: SecurityFinding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    (b.score ?? 0) - (a.score ?? 0) ||
    a.source.localeCompare(b.source) ||
    a.id.localeCompare(b.id) ||
    (a.package?.name ?? '').localeCompare(b.package?.name ?? '') ||
    (a.path ?? '').localeCompare(b.path ?? '') ||
    (a.line ?? 0) - (b.line ?? 0)
  );
}

/**
 * shipshape check findings as security findings: a rule's security-severity score when it has one, else
 * error → high, warning → medium, note → low.
 */
export function fromCheckFindings(findings: Finding[], registry?: Registry): SecurityFinding[] {
  const word: Record<Finding['severity'], SecuritySeverity> = { error: 'high', warning: 'medium', note: 'low' };
  return findings.map((finding) => {
    const meta = registry?.byId.get(finding.ruleId)?.meta;
    const score = meta?.securitySeverity;
    return makeFinding({
      source: 'shipshape',
      category: meta?.category === 'security' ? 'misconfiguration' : 'code',
      id: finding.ruleId,
      title: finding.message,
      severity: score !== undefined ? severityFromScore(score) : word[finding.severity],
      ...(score !== undefined ? { score } : {}),
      path: finding.path,
      line: finding.span.line,
      url: finding.docsUrl,
      fingerprint: finding.fingerprint,
    });
  });
}

/** Merges every source, applies the allow-list and the threshold. `now` decides which entries have expired. */
export function runGate(results: ParseResult[], config: SecurityConfig, now: Date = new Date()): GateResult {
  const unique = new Map<string, SecurityFinding>();
  const suppressed: SuppressedFinding[] = [];
  for (const result of results) {
    for (const finding of result.findings) {
      const key = `${finding.source}\u0000${finding.fingerprint}`;
      const seen = unique.get(key);
      if (!seen || severityRank(finding.severity) > severityRank(seen.severity)) unique.set(key, finding);
    }
    // One push per item: a spread of a million arguments overflows the stack.
    for (const item of result.suppressed) suppressed.push(item);
  }
  const live = config.allow.filter((entry) => !isExpired(entry, now));
  const dead = config.allow.filter((entry) => isExpired(entry, now));
  const used = new Set<AllowEntry>();
  const expired = new Map<AllowEntry, number>(dead.map((entry) => [entry, 0]));
  const findings: SecurityFinding[] = [];
  const allowed: GateResult['allowed'] = [];
  for (const finding of [...unique.values()].sort(compareSecurityFindings)) {
    const entry = live.find((candidate) => entryMatches(candidate, finding));
    if (entry) {
      used.add(entry);
      allowed.push({ finding, entry });
      continue;
    }
    for (const old of dead) if (entryMatches(old, finding)) expired.set(old, expired.get(old)! + 1);
    findings.push(finding);
  }
  const threshold = config.failOn;
  const blocking =
    threshold === 'never'
      ? []
      : findings.filter(
          (finding) => severityRank(gatedSeverity(finding, config.unknownSeverity)) >= severityRank(threshold),
        );
  const counts = emptyCounts();
  const bySource: Record<string, SeverityCounts> = {};
  for (const finding of findings) {
    counts[finding.severity]++;
    (bySource[finding.source] ??= emptyCounts())[finding.severity]++;
  }
  return {
    findings,
    blocking,
    blocked: blocking.length > 0,
    failOn: threshold,
    unknownSeverity: config.unknownSeverity,
    counts,
    bySource: Object.fromEntries(Object.entries(bySource).sort(([a], [b]) => a.localeCompare(b))),
    allowed,
    suppressed,
    expired: [...expired].map(([entry, matched]) => ({ entry, matched })),
    unused: live.filter((entry) => !used.has(entry)),
  };
}

function describeFinding(finding: SecurityFinding): string {
  const pkg = finding.package
    ? ` in ${finding.package.name}${finding.package.version ? ` ${finding.package.version}` : ''}${finding.package.fixedIn ? ` (fixed in ${finding.package.fixedIn})` : ''}`
    : '';
  const where = finding.path
    ? ` at ${finding.path}${finding.line ? `:${finding.line}` : ''}`
    : finding.target
      ? ` in ${finding.target}`
      : '';
  return `${finding.id}${pkg}${where}: ${finding.title}`;
}

/** Plain-text summary for logs: the verdict, counts per source and severity, the top offenders, the allow-list. */
export function formatGateText(result: GateResult, top = 10): string {
  const lines: string[] = [];
  const total = result.findings.length;
  lines.push(
    result.blocked
      ? `Security gate: BLOCKED by ${result.blocking.length} finding${result.blocking.length === 1 ? '' : 's'} at or above ${result.failOn} (${total} in all).`
      : `Security gate: passed (fail-on: ${result.failOn}; ${total} finding${total === 1 ? '' : 's'} below it).`,
  );
  lines.push(`  ${SECURITY_SEVERITIES.map((severity) => `${severity} ${result.counts[severity]}`).join(', ')}`);
  for (const [source, counts] of Object.entries(result.bySource)) {
    lines.push(
      `  ${source}: ${SECURITY_SEVERITIES.filter((severity) => counts[severity])
        .map((severity) => `${severity} ${counts[severity]}`)
        .join(', ')}`,
    );
  }
  if (result.blocking.length) {
    lines.push(`Top offenders:`);
    for (const finding of result.blocking.slice(0, top))
      lines.push(`  [${finding.severity}] ${finding.source} ${describeFinding(finding)}`);
    if (result.blocking.length > top) lines.push(`  … and ${result.blocking.length - top} more`);
  }
  for (const { entry, matched } of result.expired) {
    lines.push(
      `Allow-list entry ${describeEntry(entry)} expired on ${entry.expires} and no longer allows anything (${matched} finding${matched === 1 ? '' : 's'} gated again); reason was: ${entry.reason}`,
    );
  }
  if (result.allowed.length) lines.push(`Allowed by the allow-list: ${result.allowed.length}`);
  for (const entry of result.unused) lines.push(`Allow-list entry ${describeEntry(entry)} matched nothing; remove it?`);
  if (result.suppressed.length) lines.push(`Suppressed by the scanners: ${result.suppressed.length}`);
  return `${lines.join('\n')}\n`;
}

/** Escapes text for a Markdown table cell or line: no HTML, no table breaks, no line breaks, no code spans. */
export function mdEscape(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .slice(0, 300);
}

/** The job summary (GitHub Markdown). Every value that came from a report is escaped. */
export function formatGateMarkdown(result: GateResult, top = 20): string {
  const out: string[] = [];
  out.push(result.blocked ? `## Security gate: blocked` : `## Security gate: passed`);
  out.push('');
  out.push(
    result.blocked
      ? `**${result.blocking.length}** finding${result.blocking.length === 1 ? '' : 's'} at or above **${result.failOn}** block this change (${result.findings.length} in all).`
      : `No finding at or above **${result.failOn}** (${result.findings.length} in all).`,
  );
  out.push('');
  out.push(`| source | ${SECURITY_SEVERITIES.join(' | ')} | total |`);
  out.push(`| --- | ${SECURITY_SEVERITIES.map(() => '---:').join(' | ')} | ---: |`);
  for (const [source, counts] of Object.entries(result.bySource)) {
    const sum = SECURITY_SEVERITIES.reduce((n, severity) => n + counts[severity], 0);
    out.push(
      `| ${mdEscape(source)} | ${SECURITY_SEVERITIES.map((severity) => counts[severity]).join(' | ')} | ${sum} |`,
    );
  }
  out.push(
    `| **all** | ${SECURITY_SEVERITIES.map((severity) => result.counts[severity]).join(' | ')} | ${result.findings.length} |`,
  );
  if (result.blocking.length) {
    out.push(
      '',
      '### Top offenders',
      '',
      '| severity | source | id | package | where | title |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const finding of result.blocking.slice(0, top)) {
      const pkg = finding.package
        ? `${finding.package.name}${finding.package.version ? ` ${finding.package.version}` : ''}`
        : '';
      const where = finding.path ? `${finding.path}${finding.line ? `:${finding.line}` : ''}` : (finding.target ?? '');
      out.push(
        `| ${finding.severity} | ${mdEscape(finding.source)} | ${mdEscape(finding.id)} | ${mdEscape(pkg)} | ${mdEscape(where)} | ${mdEscape(finding.title)} |`,
      );
    }
    if (result.blocking.length > top) out.push('', `… and ${result.blocking.length - top} more.`);
  }
  if (result.expired.length) {
    out.push('', '### Expired allow-list entries', '');
    for (const { entry, matched } of result.expired) {
      out.push(
        `- ${mdEscape(describeEntry(entry))}: expired on ${mdEscape(entry.expires)}, no longer allows anything (${matched} gated again). Reason was: ${mdEscape(entry.reason)}`,
      );
    }
  }
  if (result.allowed.length || result.suppressed.length) {
    out.push(
      '',
      `Allowed by the allow-list: ${result.allowed.length}. Suppressed by the scanners: ${result.suppressed.length}.`,
    );
  }
  return `${out.join('\n')}\n`;
}
