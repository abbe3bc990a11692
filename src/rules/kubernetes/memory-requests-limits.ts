import { defineRule } from '../../core/rule.js';
import { containerAt, containerName, isFragment, runsWithPod } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/memory-requests-limits',
    domain: 'kubernetes',
    description: 'Containers must set a memory limit, and a memory request (written or taken from the limit).',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      none: 'Container "{{name}}" sets no memory request or limit: the scheduler places it blind and it may use the node’s memory until others are killed.',
      noLimit:
        'Container "{{name}}" requests memory but sets no limit: a leak grows until the node runs out and evicts its neighbours.',
    },
    equivalents: {
      'kube-score': ['container-resources'],
      'kube-linter': ['unset-memory-requirements'],
      polaris: ['memoryRequestsMissing', 'memoryLimitsMissing'],
      checkov: ['CKV_K8S_12', 'CKV_K8S_13'],
    },
  },
  create(context) {
    return {
      container(container) {
        if (isFragment(context, container.workload)) return;
        if (!runsWithPod(container)) return;
        // A missing request defaults to the limit, so a limit alone is enough.
        if (container.limits.memory !== undefined) return;
        const requested = container.requests.memory !== undefined;
        context.report({
          at: requested ? containerAt(container, ['resources', 'requests', 'memory']) : containerName(container),
          messageId: requested ? 'noLimit' : 'none',
          data: { name: container.name },
        });
      },
    };
  },
});
