/** Validates a POSIX cron expression as GitHub's scheduler reads it (5 fields; month and weekday names). */
const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  },
  { name: 'day of week', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
] as const;

export interface CronProblem {
  message: string;
  /** Offset of the offending field in the expression. */
  offset: number;
  length: number;
}

function valueOf(text: string, field: (typeof FIELDS)[number]): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if ('names' in field) {
    const index = (field.names as readonly string[]).indexOf(text.toUpperCase());
    if (index >= 0) return index + field.min;
  }
  return undefined;
}

function checkField(text: string, field: (typeof FIELDS)[number]): string | undefined {
  for (const item of text.split(',')) {
    if (item === '') return `empty item in the ${field.name} field "${text}"`;
    const [range, step, extra] = item.split('/');
    if (extra !== undefined) return `"${item}" has more than one "/"`;
    if (step !== undefined && (!/^\d+$/.test(step) || Number(step) === 0))
      return `step "${step}" in "${item}" must be a positive number`;
    if (range === '*') continue;
    const [low, high, rest] = range!.split('-');
    if (rest !== undefined) return `"${range}" is not a range`;
    const from = valueOf(low!, field);
    if (from === undefined) return `"${low}" is not a valid ${field.name}`;
    if (from < field.min || from > field.max) return `${field.name} ${from} is out of range ${field.min}-${field.max}`;
    if (high !== undefined) {
      const to = valueOf(high, field);
      if (to === undefined) return `"${high}" is not a valid ${field.name}`;
      if (to < field.min || to > field.max) return `${field.name} ${to} is out of range ${field.min}-${field.max}`;
      if (to < from) return `range "${range}" goes backwards`;
    }
  }
  return undefined;
}

/** Problems of a cron expression, or none. */
export function checkCron(expression: string): CronProblem | undefined {
  const fields: { text: string; offset: number }[] = [];
  const pattern = /\S+/g;
  for (let match = pattern.exec(expression); match; match = pattern.exec(expression))
    fields.push({ text: match[0], offset: match.index });
  if (fields.length !== 5) {
    return {
      message: `a cron expression has 5 fields (minute hour day month weekday), this one has ${fields.length}`,
      offset: 0,
      length: Math.max(1, expression.length),
    };
  }
  for (const [index, field] of fields.entries()) {
    const problem = checkField(field.text, FIELDS[index]!);
    if (problem) return { message: problem, offset: field.offset, length: field.text.length };
  }
  return undefined;
}

/** True when the schedule would fire more often than every 5 minutes, GitHub's shortest interval. */
export function tooFrequent(expression: string): boolean {
  const minute = expression.trim().split(/\s+/)[0] ?? '';
  if (minute === '*') return true;
  const step = /^\*\/(\d+)$/.exec(minute);
  if (step && Number(step[1]) < 5) return true;
  const list = minute.split(',');
  return list.length > 12;
}
