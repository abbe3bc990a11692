import { defineRule } from '../../core/rule.js';

/** Reported by the engine when a workflow or action.yml cannot be read as YAML; no other rule runs on that file. */
export default defineRule({
  meta: {
    id: 'gha/syntax',
    domain: 'github-actions',
    description: 'The workflow or action metadata is not valid YAML, is empty, or its top level is not a mapping.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: { syntax: 'Workflow syntax: {{message}}' },
    equivalents: { actionlint: ['syntax-check'] },
  },
  create: () => ({}),
});
