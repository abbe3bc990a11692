import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/privileged',
    domain: 'kubernetes',
    description: 'Containers must not run privileged.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 9.0,
    messages: {
      privileged:
        'Container "{{name}}" runs privileged: it has every capability and every host device, so escaping to the node is one step. Grant the single capability it needs instead.',
    },
    equivalents: {
      'kube-score': ['container-security-context-privileged'],
      'kube-linter': ['privileged-container'],
      polaris: ['privilegeEscalationAllowed', 'runAsPrivileged'],
      checkov: ['CKV_K8S_16'],
    },
  },
  create(context) {
    return {
      container(container) {
        if (container.securityContext.privileged === true)
          context.report({
            at: containerAt(container, ['securityContext', 'privileged']),
            messageId: 'privileged',
            data: { name: container.name },
          });
      },
    };
  },
});
