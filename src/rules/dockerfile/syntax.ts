import { defineRule } from '../../core/rule.js';

/**
 * Reported by the engine for each syntax problem of a Dockerfile. The parser recovers from all of them (a stray keyword
 * is skipped, an instruction before FROM belongs to no stage), so the other rules still run on the file.
 */
export default defineRule({
  meta: {
    id: 'docker/syntax',
    domain: 'dockerfile',
    description: 'The Dockerfile cannot be built as written (unknown instruction, missing FROM, …).',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: { syntax: 'Dockerfile syntax: {{message}}' },
    equivalents: { hadolint: ['DL3061'] },
  },
  create: () => ({}),
});
