import { defineRule } from '../../core/rule.js';

/** Reported by the engine when a Dockerfile cannot be parsed; no other Dockerfile rule runs on that file. */
export default defineRule({
  meta: {
    id: 'docker/syntax',
    domain: 'dockerfile',
    description: 'The Dockerfile cannot be built as written (unknown instruction, missing FROM, …).',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: { syntax: 'Dockerfile syntax: {{message}}' },
  },
  create: () => ({}),
});
