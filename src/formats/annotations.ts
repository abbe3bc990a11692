import type { Finding, Severity } from '../core/finding.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** Escapes a workflow command's message (what follows the second `::`). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property value: as data, plus `:` and `,`, which end a property. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(
  command: string,
  properties: [string, string | number | undefined][],
  message: string,
): string {
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function annotation(finding: Finding): string {
  const { line, column, endLine, endColumn } = finding.span;
  // GitHub ignores columns on multi-line annotations; send them only for single-line spans.
  const oneLine = endLine <= line;
  return workflowCommand(
    COMMAND[finding.severity],
    [
      ['file', finding.path],
      ['line', line],
      ['endLine', Math.max(line, endLine)],
      ['col', oneLine ? column : undefined],
      ['endColumn', oneLine ? Math.max(column, endColumn) : undefined],
      ['title', finding.ruleId],
    ],
    `${finding.message}\n${finding.docsUrl}`,
  );
}

/**
 * GitHub workflow commands, one line per finding (`::error`, `::warning`, `::notice`), then one `::notice` per
 * notice. GitHub shows at most 10 annotations of each type per step, which is why the action also writes a job
 * summary that counts everything.
 */
export const formatAnnotations: Formatter = ({ findings, notices }) => {
  const lines = findings.map(annotation);
  for (const notice of notices)
    lines.push(
      workflowCommand(
        'notice',
        [
          ['file', notice.path],
          ['title', 'shipshape notice'],
        ],
        notice.message,
      ),
    );
  return lines.length ? `${lines.join('\n')}\n` : '';
};
