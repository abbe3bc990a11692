import { defineRule } from '../../core/rule.js';

export default defineRule({
  meta: {
    id: 'k8s/pdb-unhealthy-eviction-policy',
    domain: 'kubernetes',
    description: 'A PodDisruptionBudget should set `unhealthyPodEvictionPolicy: AlwaysAllow`.',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      unset:
        'PodDisruptionBudget {{name}} does not set `unhealthyPodEvictionPolicy`: with the default (IfHealthyBudget) a crash-looping pod can block a node drain. Set `AlwaysAllow`.',
    },
    equivalents: { 'kube-linter': ['pdb-unhealthy-pod-eviction-policy'] },
  },
  create(context) {
    return {
      disruptionBudget(budget) {
        if (budget.unhealthyPodEvictionPolicy !== undefined) return;
        context.report({ at: budget.at(['spec'], { key: true }), messageId: 'unset', data: { name: budget.name } });
      },
    };
  },
});
