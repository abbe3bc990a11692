import { defineRule } from '../../core/rule.js';
import type { Locatable } from '../../core/finding.js';
import {
  ACTION_CONTEXTS,
  ALL_CONTEXTS,
  FUNCTIONS,
  visit,
  workflowAvailability,
  type ContextAccess,
} from '../../domains/github-actions/expressions/index.js';
import { accessesOf, atOffsets, factsOf, type ExprSite, type Facts } from './support/facts.js';

/** Where an access's context name is, made only for a report. */
function contextAt(facts: Facts, site: ExprSite, access: ContextAccess): Locatable {
  return atOffsets(
    facts,
    site.bodyStart + access.start,
    site.bodyStart + access.start + access.context.length,
    site.path,
  );
}

const SPECIAL = new Set(['always', 'cancelled', 'success', 'failure', 'hashfiles']);

export default defineRule({
  meta: {
    id: 'gha/context-availability',
    domain: 'github-actions',
    description:
      'Contexts and special functions must be available where they are used (e.g. no `secrets` in `runs-on`).',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      context: 'The `{{name}}` context is not available in `{{key}}`; available there: {{available}}.',
      actionContext: 'The `{{name}}` context is not available in an action; available: {{available}}.',
      unknownContext: 'Unknown context `{{name}}`: contexts are {{known}}.',
      function: '`{{name}}()` is not available in `{{key}}`.',
    },
    equivalents: { actionlint: ['expression'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind === 'unknown') return;
        for (const site of facts.expressions) {
          if (!site.ast) continue;
          const row = facts.kind === 'workflow' ? workflowAvailability(site.path) : undefined;
          for (const access of accessesOf(site.ast)) {
            const name = access.context;
            if (!ALL_CONTEXTS.has(name)) {
              context.report({
                at: contextAt(facts, site, access),
                messageId: 'unknownContext',
                data: { name, known: [...ALL_CONTEXTS].join(', ') },
              });
            } else if (facts.kind === 'action') {
              if (!ACTION_CONTEXTS.has(name))
                context.report({
                  at: contextAt(facts, site, access),
                  messageId: 'actionContext',
                  data: { name, available: [...ACTION_CONTEXTS].join(', ') },
                });
            } else if (row && !row.contexts.has(name)) {
              context.report({
                at: contextAt(facts, site, access),
                messageId: 'context',
                data: { name, key: row.key, available: [...row.contexts].join(', ') || 'none' },
              });
            }
          }
          if (!row) continue;
          visit(site.ast, (node) => {
            if (node.kind !== 'call') return;
            const lower = node.name.toLowerCase();
            if (!SPECIAL.has(lower) || row.functions.has(lower)) return;
            const spec = FUNCTIONS.get(lower)!;
            context.report({
              at: atOffsets(facts, site.bodyStart + node.start, site.bodyStart + node.nameEnd, site.path),
              messageId: 'function',
              data: { name: spec.name, key: row.key },
            });
          });
        }
      },
    };
  },
});
