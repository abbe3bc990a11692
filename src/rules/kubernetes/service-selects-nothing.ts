import { defineRule } from '../../core/rule.js';
import { matchesSelector } from '../../domains/kubernetes/index.js';
import { inFolder, near, sameNamespace } from './support/folder.js';

export default defineRule({
  meta: {
    id: 'k8s/service-selects-nothing',
    domain: 'kubernetes',
    description: 'A Service’s selector should match the pods of a workload defined beside it.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      dangling:
        'Service {{name}} selects {{selector}}, which no pod template in this folder carries: it would have no endpoints.',
    },
    equivalents: { 'kube-score': ['service-targets-pod'], 'kube-linter': ['dangling-service'] },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          // Pods defined elsewhere (another folder, a chart): nothing here to compare with.
          const workloads = near(context.model.workloads, folder.workloads);
          if (workloads.length === 0) return;
          for (const service of context.model.services) {
            const selector = service.selector;
            if (!selector || Object.keys(selector).length === 0) continue;
            const matched = workloads.some(
              (workload) =>
                sameNamespace(service, workload) &&
                matchesSelector({ matchLabels: selector, matchExpressions: [] }, workload.pod.labels),
            );
            if (!matched)
              context.report({
                at: service.at(['spec', 'selector']),
                messageId: 'dangling',
                data: {
                  name: service.name,
                  selector: Object.entries(selector)
                    .map(([key, value]) => `${key}=${value}`)
                    .join(','),
                },
              });
          }
        });
      },
    };
  },
});
