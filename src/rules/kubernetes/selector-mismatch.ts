import { defineRule } from '../../core/rule.js';
import { matchesSelector } from '../../domains/kubernetes/index.js';

export default defineRule({
  meta: {
    id: 'k8s/selector-mismatch',
    domain: 'kubernetes',
    description: 'A workload’s selector must match the labels of its own pod template.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      mismatch:
        '{{kind}} {{name}}: `spec.selector` does not match the pod template’s labels: the API server rejects it (or, with an empty selector on old APIs, it adopts unrelated pods).',
    },
    equivalents: {
      'kube-linter': ['mismatching-selector'],
      'kube-score': [
        'deployment-pod-selector-labels-match-template-metadata-labels',
        'statefulset-pod-selector-labels-match-template-metadata-labels',
      ],
    },
  },
  create(context) {
    return {
      workload(workload) {
        if (!workload.selector || workload.kind === 'Pod' || workload.kind === 'CronJob') return;
        if (matchesSelector(workload.selector, workload.pod.labels)) return;
        context.report({
          at: workload.at([...workload.specPath, 'selector']),
          messageId: 'mismatch',
          data: { kind: workload.kind, name: workload.name },
        });
      },
    };
  },
});
