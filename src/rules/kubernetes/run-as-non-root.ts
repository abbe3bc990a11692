import { defineRule } from '../../core/rule.js';
import { containerAt, containerName, effectiveSecurity, isFragment } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/run-as-non-root',
    domain: 'kubernetes',
    description:
      'Containers must be required to run as a non-root user (`runAsNonRoot: true` or a non-zero `runAsUser`).',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.0,
    messages: {
      root: 'Container "{{name}}" is set to run as root (`{{setting}}`): a process that escapes runs as root on the node’s kernel.',
      unset:
        'Container "{{name}}" may run as root: set `securityContext.runAsNonRoot: true` (pod or container) so the kubelet refuses an image whose user is root.',
    },
    equivalents: {
      'kube-score': ['container-security-context-user-group-id'],
      'kube-linter': ['run-as-non-root'],
      polaris: ['runAsRootAllowed'],
      checkov: ['CKV_K8S_23', 'CKV_K8S_40'],
    },
  },
  create(context) {
    return {
      container(container) {
        if (isFragment(context, container.workload)) return;
        if (container.type === 'ephemeralContainer') return;
        const nonRoot = effectiveSecurity(container, 'runAsNonRoot');
        const user = effectiveSecurity(container, 'runAsUser');
        if (user === 0) {
          const own = container.securityContext.runAsUser !== undefined;
          context.report({
            at: own
              ? containerAt(container, ['securityContext', 'runAsUser'])
              : container.workload.at([...container.workload.pod.path, 'securityContext', 'runAsUser']),
            messageId: 'root',
            data: { name: container.name, setting: 'runAsUser: 0' },
          });
          return;
        }
        if (nonRoot === false) {
          const own = container.securityContext.runAsNonRoot !== undefined;
          context.report({
            at: own
              ? containerAt(container, ['securityContext', 'runAsNonRoot'])
              : container.workload.at([...container.workload.pod.path, 'securityContext', 'runAsNonRoot']),
            messageId: 'root',
            data: { name: container.name, setting: 'runAsNonRoot: false' },
          });
          return;
        }
        if (nonRoot === true || (typeof user === 'number' && user > 0)) return;
        context.report({ at: containerName(container), messageId: 'unset', data: { name: container.name } });
      },
    };
  },
});
