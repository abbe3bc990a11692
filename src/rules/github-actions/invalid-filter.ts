import { isScalar, isSeq, type Scalar } from 'yaml';
import { defineRule } from '../../core/rule.js';
import { checkFilterPattern } from './support/glob.js';
import { at, factsOf, pairOf } from './support/facts.js';

const FILTERS = ['branches', 'tags', 'paths'] as const;

export default defineRule({
  meta: {
    id: 'gha/invalid-filter',
    domain: 'github-actions',
    description:
      'Branch, tag and path filters must be valid patterns, not mix a filter with its `-ignore` twin, and include at least one positive pattern.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      pattern: 'Invalid {{filter}} pattern "{{pattern}}": {{message}}.',
      both: '`{{filter}}` and `{{filter}}-ignore` cannot both be set for `{{event}}`: use `!` patterns in `{{filter}}`.',
      onlyNegative:
        '`{{filter}}` has only `!` patterns, so it matches nothing: add a positive pattern first (e.g. "**").',
    },
    equivalents: { actionlint: ['glob', 'events'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind !== 'workflow') return;
        for (const [event, { value }] of facts.events) {
          for (const filter of FILTERS) {
            const positive = pairOf(value, filter);
            const negative = pairOf(value, `${filter}-ignore`);
            if (positive && negative) {
              context.report({
                at: at(facts, negative.key, ['on', event, `${filter}-ignore`]),
                messageId: 'both',
                data: { filter, event },
              });
            }
            for (const pair of [positive, negative]) {
              if (!pair) continue;
              const name = String(pair.key.value);
              const items = isSeq(pair.value) ? pair.value.items : isScalar(pair.value) ? [pair.value] : [];
              let positives = 0;
              items.forEach((item, index) => {
                if (!isScalar(item) || item.value === null) return;
                const pattern = String(item.value);
                if (!pattern.startsWith('!')) positives++;
                const message = checkFilterPattern(pattern, filter === 'paths' ? 'path' : 'ref');
                if (message)
                  context.report({
                    at: at(facts, item as Scalar, ['on', event, name, index]),
                    messageId: 'pattern',
                    data: { filter: filter.replace(/e?s$/, ''), pattern, message },
                  });
              });
              if (pair === positive && items.length > 0 && positives === 0) {
                context.report({
                  at: at(facts, pair.key, ['on', event, name]),
                  messageId: 'onlyNegative',
                  data: { filter: name },
                });
              }
            }
          }
        }
      },
    };
  },
});
