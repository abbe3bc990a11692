import { defineRule } from '../../core/rule.js';
import { matchesSelector } from '../../domains/kubernetes/index.js';
import { inFolder, near, sameNamespace } from './support/folder.js';
import { isFragment, isReplicated } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/missing-pdb',
    domain: 'kubernetes',
    description: 'A replicated Deployment or StatefulSet should be covered by a PodDisruptionBudget.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing:
        '{{kind}} {{name}} has no PodDisruptionBudget in this folder selecting its pods: a node drain may evict every replica at once.',
    },
    equivalents: {
      'kube-score': ['deployment-has-poddisruptionbudget', 'statefulset-has-poddisruptionbudget'],
      polaris: ['missingPodDisruptionBudget'],
    },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          for (const workload of context.model.workloads) {
            if (isFragment(context, workload)) continue;
            if (workload.kind !== 'Deployment' && workload.kind !== 'StatefulSet') continue;
            // `replicas: 1` written out is a singleton by choice; a budget for it could only block drains.
            if (!isReplicated(workload) || (workload.replicas !== undefined && workload.replicas <= 1)) continue;
            const covered = near(context.model.disruptionBudgets, folder.disruptionBudgets).some(
              (budget) =>
                budget.selector !== undefined &&
                sameNamespace(budget, workload) &&
                matchesSelector(budget.selector, workload.pod.labels),
            );
            if (!covered)
              context.report({
                at: workload.at(['kind']),
                messageId: 'missing',
                data: { kind: workload.kind, name: workload.name },
              });
          }
        });
      },
    };
  },
});
