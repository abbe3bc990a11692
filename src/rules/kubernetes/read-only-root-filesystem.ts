import { defineRule } from '../../core/rule.js';
import { containerAt, containerName, isFragment } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/read-only-root-filesystem',
    domain: 'kubernetes',
    description: 'Containers should mount their root filesystem read-only.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 4.0,
    messages: {
      writable:
        'Container "{{name}}" can write to its root filesystem: set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` where it must write.',
    },
    equivalents: {
      'kube-score': ['container-security-context-readonlyrootfilesystem'],
      'kube-linter': ['no-read-only-root-fs'],
      polaris: ['notReadOnlyRootFilesystem'],
      checkov: ['CKV_K8S_22'],
    },
  },
  create(context) {
    return {
      container(container) {
        if (isFragment(context, container.workload)) return;
        const value = container.securityContext.readOnlyRootFilesystem;
        if (value === true) return;
        context.report({
          at:
            value === false
              ? containerAt(container, ['securityContext', 'readOnlyRootFilesystem'])
              : containerName(container),
          messageId: 'writable',
          data: { name: container.name },
        });
      },
    };
  },
});
