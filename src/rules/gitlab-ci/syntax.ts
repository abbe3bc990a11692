import { defineRule } from '../../core/rule.js';

/** Reported by the engine when a GitLab CI file cannot be read as a pipeline; no other GitLab rule runs on it. */
export default defineRule({
  meta: {
    id: 'gitlab/syntax',
    domain: 'gitlab-ci',
    description:
      'The file is not valid GitLab CI YAML (YAML errors, a bad `spec:` header, a configuration that is not a mapping).',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: { syntax: 'GitLab CI syntax: {{message}}' },
  },
  create: () => ({}),
});
