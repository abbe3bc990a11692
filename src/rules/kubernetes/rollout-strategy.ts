import { defineRule } from '../../core/rule.js';

export default defineRule({
  meta: {
    id: 'k8s/rollout-strategy',
    domain: 'kubernetes',
    description: 'A Deployment should roll out with `RollingUpdate` (the default), not stop every pod first.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      recreate:
        'Deployment {{name}} uses strategy `{{type}}`: every pod stops before the new ones start, so each release is an outage. Use RollingUpdate unless two versions must never run together.',
    },
    equivalents: { 'kube-score': ['deployment-strategy'], 'kube-linter': ['no-rolling-update-strategy'] },
  },
  create(context) {
    return {
      workload(workload) {
        if (workload.kind !== 'Deployment') return;
        const strategy = (workload.data.spec as { strategy?: { type?: unknown } } | undefined)?.strategy;
        const type = strategy?.type;
        if (type === undefined || type === 'RollingUpdate') return;
        // A single-replica Deployment with a volume that only one pod may mount needs Recreate.
        if (type === 'Recreate' && workload.replicas === 1) return;
        context.report({
          at: workload.at(['spec', 'strategy', 'type']),
          messageId: 'recreate',
          data: { name: workload.name, type: String(type) },
        });
      },
    };
  },
});
