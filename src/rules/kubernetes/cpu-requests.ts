import { defineRule } from '../../core/rule.js';
import { containerName, isFragment, runsWithPod } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/cpu-requests',
    domain: 'kubernetes',
    description: 'Containers must request CPU (written, or taken from a CPU limit).',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing:
        'Container "{{name}}" requests no CPU: it is scheduled as if it needed none and is the first to starve under load. Set `resources.requests.cpu`.',
    },
    equivalents: {
      'kube-score': ['container-resources'],
      'kube-linter': ['unset-cpu-requirements'],
      polaris: ['cpuRequestsMissing'],
      checkov: ['CKV_K8S_10'],
    },
  },
  create(context) {
    return {
      container(container) {
        if (isFragment(context, container.workload)) return;
        if (!runsWithPod(container)) return;
        if (container.requests.cpu !== undefined || container.limits.cpu !== undefined) return;
        context.report({ at: containerName(container), messageId: 'missing', data: { name: container.name } });
      },
    };
  },
});
