import { defineRule } from '../../core/rule.js';

/** Reported by the engine: a `shipshape-ignore` entry naming a rule that does not exist (often a typo). */
export default defineRule({
  meta: {
    id: 'shipshape/unknown-suppression',
    domain: 'shipshape',
    description: 'A shipshape-ignore comment names a rule id that does not exist.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: { unknown: 'Unknown rule "{{id}}" in suppression (see `shipshape rules`).' },
  },
  create: () => ({}),
});
