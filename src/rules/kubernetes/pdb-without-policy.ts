import { defineRule } from '../../core/rule.js';

export default defineRule({
  meta: {
    id: 'k8s/pdb-without-policy',
    domain: 'kubernetes',
    description: 'A PodDisruptionBudget must set `minAvailable` or `maxUnavailable`.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      none: 'PodDisruptionBudget {{name}} sets neither `minAvailable` nor `maxUnavailable`: it protects nothing (policy/v1 treats it as allowing no disruption only for some controllers). Set one.',
      both: 'PodDisruptionBudget {{name}} sets both `minAvailable` and `maxUnavailable`: the API server rejects it. Keep one.',
    },
    equivalents: { 'kube-score': ['poddisruptionbudget-has-policy'] },
  },
  create(context) {
    return {
      disruptionBudget(budget) {
        const hasMin = budget.minAvailable !== undefined;
        const hasMax = budget.maxUnavailable !== undefined;
        if (hasMin !== hasMax) return;
        context.report({
          at: budget.at(hasMin ? ['spec', 'maxUnavailable'] : ['spec'], { key: hasMin }),
          messageId: hasMin ? 'both' : 'none',
          severity: hasMin ? 'error' : undefined,
          data: { name: budget.name },
        });
      },
    };
  },
});
