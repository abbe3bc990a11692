import { defineRule } from '../../core/rule.js';
import { containerName, isFragment, isLongRunning } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/readiness-probe',
    domain: 'kubernetes',
    description: 'Containers of long-running workloads should have a readiness probe.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing:
        'Container "{{name}}" has no readinessProbe: it gets traffic, and a rollout moves on, as soon as the process starts, before it can serve.',
    },
    equivalents: {
      'kube-score': ['pod-probes'],
      'kube-linter': ['no-readiness-probe'],
      polaris: ['readinessProbeMissing'],
      checkov: ['CKV_K8S_9'],
    },
  },
  create(context) {
    return {
      container(container) {
        if (isFragment(context, container.workload)) return;
        if (container.type !== 'container' || !isLongRunning(container.workload)) return;
        if (container.readinessProbe) return;
        context.report({ at: containerName(container), messageId: 'missing', data: { name: container.name } });
      },
    };
  },
});
