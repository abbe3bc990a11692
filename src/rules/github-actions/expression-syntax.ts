import { defineRule } from '../../core/rule.js';
import { arityText, FUNCTIONS, visit } from '../../domains/github-actions/expressions/index.js';
import { atOffsets, factsOf } from './support/facts.js';

const KNOWN_FUNCTIONS = [...FUNCTIONS.values()].map((spec) => spec.name).join(', ');

export default defineRule({
  meta: {
    id: 'gha/expression-syntax',
    domain: 'github-actions',
    description: 'Expressions must parse, be closed, and call known functions with the right number of arguments.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      syntax: 'Invalid expression: {{message}}.',
      unclosed: 'The expression opened here has no closing `}}`.',
      unknownFunction: 'Unknown function `{{name}}()`: the expression language has {{known}}.',
      arity: '`{{name}}()` takes {{expected}}, not {{count}}.',
    },
    equivalents: { actionlint: ['expression', 'syntax-check'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        for (const site of facts.expressions) {
          if (!site.closed) {
            context.report({ at: atOffsets(facts, site.start, site.start + 3, site.path), messageId: 'unclosed' });
            continue;
          }
          if (site.error) {
            const start = site.bodyStart + site.error.offset;
            context.report({
              at: atOffsets(facts, start, start + site.error.length, site.path),
              messageId: 'syntax',
              data: { message: site.error.message },
            });
            continue;
          }
          if (!site.ast) continue;
          visit(site.ast, (node) => {
            if (node.kind !== 'call') return;
            const spec = FUNCTIONS.get(node.name.toLowerCase());
            const where = atOffsets(facts, site.bodyStart + node.start, site.bodyStart + node.nameEnd, site.path);
            if (!spec) {
              context.report({
                at: where,
                messageId: 'unknownFunction',
                data: { name: node.name, known: KNOWN_FUNCTIONS },
              });
              return;
            }
            const count = node.args.length;
            if (count < spec.min || count > spec.max || (spec.odd && count % 2 === 0)) {
              context.report({
                at: where,
                messageId: 'arity',
                data: { name: spec.name, expected: arityText(spec), count },
              });
            }
          });
        }
      },
    };
  },
});
