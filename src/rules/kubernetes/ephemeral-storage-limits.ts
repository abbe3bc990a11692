import { defineRule } from '../../core/rule.js';
import { containerName, isFragment, runsWithPod } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/ephemeral-storage-limits',
    domain: 'kubernetes',
    description: 'Containers should set an ephemeral-storage limit.',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      missing:
        'Container "{{name}}" sets no ephemeral-storage limit: logs and scratch files can fill the node’s disk and get every pod on it evicted.',
    },
    equivalents: { 'kube-score': ['container-ephemeral-storage-request-and-limit'] },
  },
  create(context) {
    return {
      container(container) {
        if (isFragment(context, container.workload)) return;
        if (!runsWithPod(container) || container.limits['ephemeral-storage'] !== undefined) return;
        context.report({ at: containerName(container), messageId: 'missing', data: { name: container.name } });
      },
    };
  },
});
