import { defineRule } from '../../core/rule.js';

export default defineRule({
  meta: {
    id: 'k8s/hpa-replicas',
    domain: 'kubernetes',
    description: 'A HorizontalPodAutoscaler’s `minReplicas` must be below `maxReplicas`.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      inverted:
        'HorizontalPodAutoscaler {{name}} has minReplicas {{min}} above maxReplicas {{max}}: the API server rejects it.',
      fixed:
        'HorizontalPodAutoscaler {{name}} has minReplicas = maxReplicas = {{max}}: it can never scale. Remove it or widen the range.',
    },
    equivalents: { 'kube-score': ['horizontalpodautoscaler-replicas'] },
  },
  create(context) {
    return {
      autoscaler(hpa) {
        const max = hpa.maxReplicas;
        if (max === undefined) return;
        const min = hpa.minReplicas ?? 1;
        if (min < max) return;
        context.report({
          at: hpa.at(['spec', hpa.minReplicas !== undefined ? 'minReplicas' : 'maxReplicas']),
          messageId: min > max ? 'inverted' : 'fixed',
          severity: min > max ? 'error' : undefined,
          data: { name: hpa.name, min, max },
        });
      },
    };
  },
});
