import { defineRule } from '../../core/rule.js';

/** Reported by the engine when a rule throws: the other rules still run and the file is still checked. */
export default defineRule({
  meta: {
    id: 'shipshape/rule-error',
    domain: 'shipshape',
    description: 'A rule failed on this file; its findings for the file are missing.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: { crashed: 'Rule {{id}} failed on this file ({{error}}); please report it. Other rules still ran.' },
  },
  create: () => ({}),
});
