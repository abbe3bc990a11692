import { defineRule } from '../../core/rule.js';
import { containerName, isFragment, isLongRunning } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/liveness-probe',
    domain: 'kubernetes',
    description: 'Containers of long-running workloads should have a liveness probe.',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      missing: 'Container "{{name}}" has no livenessProbe: a process that hangs without exiting is never restarted.',
    },
    equivalents: { 'kube-linter': ['no-liveness-probe'], polaris: ['livenessProbeMissing'], checkov: ['CKV_K8S_8'] },
  },
  create(context) {
    return {
      container(container) {
        if (isFragment(context, container.workload)) return;
        if (container.type !== 'container' || !isLongRunning(container.workload)) return;
        if (container.livenessProbe) return;
        context.report({ at: containerName(container), messageId: 'missing', data: { name: container.name } });
      },
    };
  },
});
