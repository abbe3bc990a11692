import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/unsafe-proc-mount',
    domain: 'kubernetes',
    description: 'Containers must keep the default masked `/proc` (`procMount: Default`).',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      unmasked:
        'Container "{{name}}" sets `procMount: {{value}}`: the kernel files the runtime masks in `/proc` become visible to it.',
    },
    equivalents: { 'kube-linter': ['unsafe-proc-mount'] },
  },
  create(context) {
    return {
      container(container) {
        const value = container.securityContext.procMount;
        if (value === undefined || value === 'Default') return;
        context.report({
          at: containerAt(container, ['securityContext', 'procMount']),
          messageId: 'unmasked',
          data: { name: container.name, value: String(value) },
        });
      },
    };
  },
});
