import { defineRule } from '../../core/rule.js';
import { isFragment } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/required-labels',
    domain: 'kubernetes',
    description: 'Workloads should carry the labels the organisation requires (by default `owner`).',
    category: 'style',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      missing: '{{kind}} {{name}} has no `{{label}}` label: say who to call when it breaks.',
    },
    equivalents: { 'kube-linter': ['required-label-owner'] },
    defaultOptions: { labels: ['owner'] },
    optionsSchema: {
      type: 'object',
      properties: {
        labels: { type: 'array', items: { type: 'string' }, description: 'Labels every workload must have.' },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    const labels = (context.options.labels as string[] | undefined) ?? ['owner'];
    return {
      workload(workload) {
        if (isFragment(context, workload)) return;
        for (const label of labels) {
          if (label in workload.labels) continue;
          context.report({
            at: workload.at(workload.data.metadata !== undefined ? ['metadata'] : ['kind'], { key: true }),
            messageId: 'missing',
            data: { kind: workload.kind, name: workload.name, label },
          });
        }
      },
    };
  },
});
