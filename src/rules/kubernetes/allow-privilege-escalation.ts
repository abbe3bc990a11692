import { defineRule } from '../../core/rule.js';
import { containerAt, containerName, isFragment } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/allow-privilege-escalation',
    domain: 'kubernetes',
    description: 'Containers should set `allowPrivilegeEscalation: false`.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.0,
    messages: {
      allowed:
        'Container "{{name}}" sets `allowPrivilegeEscalation: true`: a setuid binary in it can gain more privileges than its parent.',
      unset:
        'Container "{{name}}" does not set `securityContext.allowPrivilegeEscalation: false`, so setuid binaries can raise its privileges.',
    },
    equivalents: {
      'kube-linter': ['privilege-escalation-container'],
      polaris: ['privilegeEscalationAllowed'],
      checkov: ['CKV_K8S_20'],
    },
  },
  create(context) {
    return {
      container(container) {
        if (isFragment(context, container.workload)) return;
        const value = container.securityContext.allowPrivilegeEscalation;
        if (value === false) return;
        // Privileged containers are reported by k8s/privileged: escalation is the least of it.
        if (container.securityContext.privileged === true) return;
        if (value === true) {
          context.report({
            at: containerAt(container, ['securityContext', 'allowPrivilegeEscalation']),
            messageId: 'allowed',
            severity: 'error',
            data: { name: container.name },
          });
          return;
        }
        context.report({ at: containerName(container), messageId: 'unset', data: { name: container.name } });
      },
    };
  },
});
