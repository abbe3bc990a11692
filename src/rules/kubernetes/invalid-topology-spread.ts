import { defineRule } from '../../core/rule.js';

export default defineRule({
  meta: {
    id: 'k8s/invalid-topology-spread',
    domain: 'kubernetes',
    description: 'Topology spread constraints need a topologyKey, a labelSelector and a valid whenUnsatisfiable.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      noSelector: 'This topology spread constraint has no `labelSelector`: it counts no pods, so it spreads nothing.',
      whenUnsatisfiable:
        '`whenUnsatisfiable: {{value}}` is not one of DoNotSchedule, ScheduleAnyway: the API server rejects it.',
      noKey: 'This topology spread constraint has no `topologyKey`: the API server rejects it.',
    },
    equivalents: { 'kube-score': ['pod-topology-spread-constraints'] },
  },
  create(context) {
    return {
      workload(workload) {
        const constraints = workload.pod.data.topologySpreadConstraints;
        if (!Array.isArray(constraints)) return;
        constraints.forEach((constraint, index) => {
          if (typeof constraint !== 'object' || constraint === null) return;
          const { labelSelector, whenUnsatisfiable, topologyKey } = constraint as Record<string, unknown>;
          const path = [...workload.pod.path, 'topologySpreadConstraints', index];
          if (typeof topologyKey !== 'string' || topologyKey === '')
            context.report({ at: workload.at(path), messageId: 'noKey' });
          if (
            whenUnsatisfiable !== undefined &&
            whenUnsatisfiable !== 'DoNotSchedule' &&
            whenUnsatisfiable !== 'ScheduleAnyway'
          )
            context.report({
              at: workload.at([...path, 'whenUnsatisfiable']),
              messageId: 'whenUnsatisfiable',
              data: { value: String(whenUnsatisfiable) },
            });
          if (labelSelector === undefined)
            context.report({ at: workload.at(path), messageId: 'noSelector', severity: 'warning' });
        });
      },
    };
  },
});
