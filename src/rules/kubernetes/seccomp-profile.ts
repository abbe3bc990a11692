import { defineRule } from '../../core/rule.js';
import { containerAt, containerName, effectiveSecurity, isFragment } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/seccomp-profile',
    domain: 'kubernetes',
    description: 'Pods should run under the `RuntimeDefault` (or a `Localhost`) seccomp profile.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    securitySeverity: 3.0,
    messages: {
      unconfined: 'Container "{{name}}" runs `Unconfined` by seccomp: every system call is open to it.',
      unset:
        'Container "{{name}}" sets no seccomp profile: set `securityContext.seccompProfile.type: RuntimeDefault` on the pod.',
    },
    equivalents: { 'kube-score': ['container-seccomp-profile'], checkov: ['CKV_K8S_31'] },
  },
  create(context) {
    return {
      container(container) {
        if (isFragment(context, container.workload)) return;
        const profile = effectiveSecurity(container, 'seccompProfile') as { type?: unknown } | undefined;
        const annotation = container.workload.pod.annotations['seccomp.security.alpha.kubernetes.io/pod'];
        if (profile?.type === 'Unconfined') {
          const own = (container.securityContext.seccompProfile as object | undefined) !== undefined;
          context.report({
            at: own
              ? containerAt(container, ['securityContext', 'seccompProfile', 'type'])
              : container.workload.at([...container.workload.pod.path, 'securityContext', 'seccompProfile', 'type']),
            messageId: 'unconfined',
            severity: 'warning',
            data: { name: container.name },
          });
          return;
        }
        if (profile?.type !== undefined || (annotation !== undefined && annotation !== 'unconfined')) return;
        context.report({ at: containerName(container), messageId: 'unset', data: { name: container.name } });
      },
    };
  },
});
