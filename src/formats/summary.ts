import { SEVERITIES, type Finding, type Severity } from '../core/finding.js';
import { docsUrl } from '../core/engine.js';
import type { Formatter } from './types.js';

export const DEFAULT_MAX_LISTED = 50;

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟡', note: '🔵' };

/**
 * Makes untrusted text (messages and paths come from the checked files) inert in a Markdown table cell: Markdown
 * and HTML punctuation is backslash-escaped, `&` becomes an entity, line breaks become spaces. Code spans
 * (`` `x` ``) are kept, since HTML and links inside them are shown as text; only `|` is escaped there, as GFM
 * tables require.
 */
export function markdownCell(value: string): string {
  const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/[\\`*_{}[\]()<>#!|~]/g, '\\$&');
  const oneLine = value.replace(/[\r\n]+/g, ' ');
  let out = '';
  let last = 0;
  // A backslash inside a code span would pair with the pipe escape and end the table cell.
  for (const match of oneLine.matchAll(/`[^`\\]+`/g)) {
    out += escapeText(oneLine.slice(last, match.index)) + match[0].replace(/\|/g, '\\|');
    last = match.index! + match[0].length;
  }
  return out + escapeText(oneLine.slice(last));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * A Markdown job summary: totals per severity, a table that counts every finding per rule (with its docs link),
 * then the first `maxListed` findings. Annotations show only 10 per type per step; this shows the whole picture.
 */
export const formatSummary: Formatter = ({ findings, notices, registry, checked }, options = {}) => {
  const maxListed = options.maxListed ?? DEFAULT_MAX_LISTED;
  const files = Object.values(checked).reduce((sum, count) => sum + (count ?? 0), 0);
  const bySeverity = countBy(findings, (finding) => finding.severity);
  const out: string[] = ['## shipshape check', ''];
  if (findings.length === 0) {
    out.push(`✅ No findings in ${plural(files, 'file')} checked.`);
  } else {
    const totals = SEVERITIES.map(
      (severity) => `${ICON[severity]} **${plural(bySeverity.get(severity) ?? 0, severity)}**`,
    );
    out.push(`${totals.join(' · ')} — ${plural(findings.length, 'finding')} in ${plural(files, 'file')} checked.`);
  }
  if (notices.length > 0)
    out.push(
      '',
      `${plural(notices.length, 'notice')} (files skipped or read with caveats); the first: ${markdownCell(`${notices[0]!.path}: ${notices[0]!.message}`)}`,
    );
  if (findings.length === 0) return `${out.join('\n')}\n`;

  out.push('', '### Findings per rule', '', '| Rule | Severity | Findings |', '| --- | --- | ---: |');
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  const rows = [...byRule.entries()].sort(([a, fa], [b, fb]) => fb.length - fa.length || a.localeCompare(b));
  for (const [ruleId, list] of rows) {
    const rule = registry.byId.get(ruleId);
    const url = rule ? docsUrl(rule) : list[0]!.docsUrl;
    const severities = SEVERITIES.filter((severity) => list.some((finding) => finding.severity === severity)).join(
      ', ',
    );
    out.push(`| [${markdownCell(ruleId)}](${encodeURI(url)}) | ${severities} | ${list.length} |`);
  }

  const listed = findings.slice(0, maxListed);
  if (listed.length > 0) {
    out.push(
      '',
      findings.length > listed.length ? `### First ${listed.length} of ${findings.length} findings` : '### Findings',
      '',
    );
    out.push('| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |');
    for (const finding of listed) {
      const where = `${finding.path}:${finding.span.line}:${finding.span.column}`;
      out.push(
        `| ${ICON[finding.severity]} ${finding.severity} | ${markdownCell(where)} | ${markdownCell(finding.ruleId)} | ${markdownCell(finding.message)} |`,
      );
    }
    if (findings.length > listed.length) {
      out.push(
        '',
        `…and ${plural(findings.length - listed.length, 'more finding')}: see the SARIF or JSON report for all of them.`,
      );
    }
  }
  return `${out.join('\n')}\n`;
};
