import { defineRule } from '../../core/rule.js';
import type { Job, MatrixCell } from '../../domains/github-actions/index.js';

/**
 * True when an `exclude` value matches a matrix value. GitHub compares the values' JSON: `1` and `'1'` differ, lists
 * match element by element, and a mapping matches any mapping holding at least its keys with matching values (a
 * partial object excludes every row it is part of).
 */
function matches(excluded: unknown, value: unknown): boolean {
  if (excluded === value) return true;
  if (Array.isArray(excluded) || Array.isArray(value)) {
    return (
      Array.isArray(excluded) &&
      Array.isArray(value) &&
      excluded.length === value.length &&
      excluded.every((item, i) => matches(item, value[i]))
    );
  }
  if (excluded && value && typeof excluded === 'object' && typeof value === 'object') {
    const within = value as Record<string, unknown>;
    return Object.entries(excluded).every(([key, item]) => Object.hasOwn(within, key) && matches(item, within[key]));
  }
  return false;
}

function show(data: unknown): string {
  const text = JSON.stringify(data) ?? String(data);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export default defineRule({
  meta: {
    id: 'gha/matrix-exclude',
    domain: 'github-actions',
    description:
      'Every `strategy.matrix.exclude` row must name matrix keys and values that exist: a row that matches no combination excludes nothing.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      unknownKey:
        '`exclude` names `{{key}}`, which is not a key of this matrix (keys: {{keys}}): the row excludes nothing.',
      unknownValue:
        '`exclude` sets `{{key}}` to {{value}}, which no row of the matrix has (values: {{values}}): the row excludes nothing.',
    },
    equivalents: { actionlint: ['matrix'] },
  },
  create(context) {
    return {
      job(job: Job) {
        const matrix = job.strategy?.matrixData;
        if (!matrix || matrix.dynamic || !matrix.exclude || !matrix.include) return;
        for (const row of matrix.exclude) {
          for (const [key, cell] of row.cells) {
            if (cell.dynamic) continue;
            const axis = matrix.axes.get(key);
            if (axis && axis.values === undefined) continue;
            // Keys that only `include` adds are matched against the values it adds, as GitHub expands them.
            const values: MatrixCell[] | undefined = axis ? axis.values : matrix.valuesOf(key);
            if (!values || values.length === 0) {
              context.report({
                at: { span: cell.keySpan, path: cell.path },
                messageId: 'unknownKey',
                data: { key, keys: [...matrix.axes.keys()].map((name) => `\`${name}\``).join(', ') || 'none' },
              });
              continue;
            }
            if (values.some((value) => value.dynamic)) continue;
            if (!values.some((value) => matches(cell.data, value.data)))
              context.report({
                at: cell,
                messageId: 'unknownValue',
                data: { key, value: show(cell.data), values: values.map((value) => show(value.data)).join(', ') },
              });
          }
        }
      },
    };
  },
});
