import { defineRule } from '../../core/rule.js';
import { inFolder, near, sameNamespace } from './support/folder.js';

export default defineRule({
  meta: {
    id: 'k8s/hpa-fixed-replicas',
    domain: 'kubernetes',
    description: 'A workload scaled by a HorizontalPodAutoscaler should not set `replicas` itself.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      fixed:
        '{{kind}} {{name}} sets `replicas: {{replicas}}` and is scaled by HorizontalPodAutoscaler {{hpa}}: every apply resets it to {{replicas}} pods, then the autoscaler scales again. Remove `replicas`.',
    },
    equivalents: { 'kube-score': ['deployment-targeted-by-hpa-does-not-have-replicas-configured'] },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          for (const workload of context.model.workloads) {
            if (workload.replicas === undefined) continue;
            const hpa = near(context.model.autoscalers, folder.autoscalers).find(
              (candidate) =>
                candidate.target?.kind === workload.kind &&
                candidate.target.name === workload.name &&
                sameNamespace(candidate, workload),
            );
            if (!hpa) continue;
            context.report({
              at: workload.at([...workload.specPath, 'replicas']),
              messageId: 'fixed',
              data: { kind: workload.kind, name: workload.name, replicas: workload.replicas, hpa: hpa.name },
            });
          }
        });
      },
    };
  },
});
