import type { Severity } from '../core/finding.js';
import type { Formatter } from './types.js';

const COLOURS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', note: '\u001b[36m' };
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/** `path:line:col: severity: message [rule-id]`, one finding a line, then a count. */
export const formatText: Formatter = ({ findings, notices, checked }, options = {}) => {
  const paint = (code: string, text: string): string => (options.color ? `${code}${text}${RESET}` : text);
  const lines = findings.map(
    (f) =>
      `${f.path}:${f.span.line}:${f.span.column}: ${paint(COLOURS[f.severity], f.severity)}: ${f.message} ${paint(DIM, `[${f.ruleId}]`)}`,
  );
  for (const notice of notices) lines.push(paint(DIM, `${notice.path}: notice: ${notice.message}`));
  const files = Object.values(checked).reduce((sum, count) => sum + (count ?? 0), 0);
  const counts = (['error', 'warning', 'note'] as const).map((severity) => {
    const count = findings.filter((f) => f.severity === severity).length;
    return `${count} ${severity}${count === 1 ? '' : 's'}`;
  });
  lines.push(
    `${findings.length === 0 ? 'No findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'}`} (${counts.join(', ')}) in ${files} file${files === 1 ? '' : 's'} checked.`,
  );
  return `${lines.join('\n')}\n`;
};
