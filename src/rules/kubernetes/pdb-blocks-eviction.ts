import { defineRule } from '../../core/rule.js';
import { matchesSelector } from '../../domains/kubernetes/index.js';
import { inFolder, near, sameNamespace } from './support/folder.js';

export default defineRule({
  meta: {
    id: 'k8s/pdb-blocks-eviction',
    domain: 'kubernetes',
    description: 'A PodDisruptionBudget must allow at least one pod to be evicted.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      maxZero:
        'PodDisruptionBudget {{name}} sets `maxUnavailable: {{value}}`: no pod may ever be evicted, so every node drain hangs.',
      minAll:
        'PodDisruptionBudget {{name}} sets `minAvailable: {{value}}`: no pod may ever be evicted, so every node drain hangs.',
      minReplicas:
        'PodDisruptionBudget {{name}} requires {{value}} available pods, and {{workload}} runs {{replicas}}: no pod may be evicted, so every node drain hangs.',
    },
    equivalents: { 'kube-linter': ['pdb-max-unavailable', 'pdb-min-available'] },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          for (const budget of context.model.disruptionBudgets) {
            const { maxUnavailable, minAvailable } = budget;
            if (maxUnavailable === 0 || maxUnavailable === '0%' || maxUnavailable === '0') {
              context.report({
                at: budget.at(['spec', 'maxUnavailable']),
                messageId: 'maxZero',
                data: { name: budget.name, value: String(maxUnavailable) },
              });
            } else if (minAvailable === '100%') {
              context.report({
                at: budget.at(['spec', 'minAvailable']),
                messageId: 'minAll',
                data: { name: budget.name, value: minAvailable },
              });
            } else if (typeof minAvailable === 'number' && budget.selector) {
              const selector = budget.selector;
              const workload = near(context.model.workloads, folder.workloads).find(
                (candidate) =>
                  candidate.replicas !== undefined &&
                  sameNamespace(candidate, budget) &&
                  matchesSelector(selector, candidate.pod.labels),
              );
              if (workload && minAvailable >= workload.replicas!)
                context.report({
                  at: budget.at(['spec', 'minAvailable']),
                  messageId: 'minReplicas',
                  data: {
                    name: budget.name,
                    value: minAvailable,
                    workload: `${workload.kind} ${workload.name}`,
                    replicas: workload.replicas!,
                  },
                });
            }
          }
        });
      },
    };
  },
});
