import { defineRule } from '../../core/rule.js';

/** Reported by the engine when a Terraform file cannot be parsed; no other Terraform rule runs on that file. */
export default defineRule({
  meta: {
    id: 'tf/syntax',
    domain: 'terraform',
    description: 'The Terraform file is not valid HCL (unclosed block, stray token, …).',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: { syntax: 'HCL syntax: {{message}}' },
  },
  create: () => ({}),
});
