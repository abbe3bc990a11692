import { defineRule } from '../../core/rule.js';

/** Reported by the engine, not by a walk: a `shipshape-ignore` entry that matched no finding. */
export default defineRule({
  meta: {
    id: 'shipshape/unused-suppression',
    domain: 'shipshape',
    description: 'A shipshape-ignore comment names a rule that reported nothing there.',
    category: 'style',
    defaultSeverity: 'warning',
    recommended: true,
    messages: { unused: 'Unused suppression of "{{id}}": nothing to ignore here; remove it.' },
  },
  create: () => ({}),
});
