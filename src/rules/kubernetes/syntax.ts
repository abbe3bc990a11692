import { defineRule } from '../../core/rule.js';

/** Reported by the engine when a manifest file is not valid YAML; no other Kubernetes rule runs on that file. */
export default defineRule({
  meta: {
    id: 'k8s/syntax',
    domain: 'kubernetes',
    description: 'The manifest file is not valid YAML (or nests deeper, or expands aliases further, than allowed).',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: { syntax: 'Manifest syntax: {{message}}' },
  },
  create: () => ({}),
});
