import { defineRule } from '../../core/rule.js';
import { inFolder, near, sameNamespace } from './support/folder.js';

const SCALABLE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);

export default defineRule({
  meta: {
    id: 'k8s/hpa-target-missing',
    domain: 'kubernetes',
    description: 'A HorizontalPodAutoscaler should scale a workload defined beside it.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing:
        'HorizontalPodAutoscaler {{name}} scales {{target}}, which is not defined in this folder: check the kind and name.',
      noTarget: 'HorizontalPodAutoscaler {{name}} has no `scaleTargetRef`: the API server rejects it.',
    },
    equivalents: {
      'kube-score': ['horizontalpodautoscaler-has-target'],
      'kube-linter': ['dangling-horizontalpodautoscaler'],
    },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          for (const hpa of context.model.autoscalers) {
            const { target } = hpa;
            if (!target) {
              context.report({ at: hpa.at(['spec'], { key: true }), messageId: 'noTarget', data: { name: hpa.name } });
              continue;
            }
            // Custom resources with a scale subresource (Argo Rollouts, …) cannot be judged here.
            if (!SCALABLE.has(target.kind)) continue;
            // No workload here at all: it is defined elsewhere.
            const workloads = near(context.model.workloads, folder.workloads);
            if (workloads.length === 0) continue;
            const found = workloads.some(
              (workload) =>
                workload.kind === target.kind && workload.name === target.name && sameNamespace(workload, hpa),
            );
            if (!found)
              context.report({
                at: hpa.at(['spec', 'scaleTargetRef', 'name']),
                messageId: 'missing',
                data: { name: hpa.name, target: `${target.kind} ${target.name}` },
              });
          }
        });
      },
    };
  },
});
