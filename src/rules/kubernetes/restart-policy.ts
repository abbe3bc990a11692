import { defineRule } from '../../core/rule.js';

export default defineRule({
  meta: {
    id: 'k8s/restart-policy',
    domain: 'kubernetes',
    description: 'A pod template’s `restartPolicy` must be one its controller accepts.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      serving:
        '{{kind}} {{name}} sets `restartPolicy: {{value}}`: its controller only accepts `Always`, so the API server rejects it.',
      batch:
        '{{kind}} {{name}} sets `restartPolicy: Always`: a Job’s pods must be `OnFailure` or `Never`, so the API server rejects it.',
    },
    equivalents: { 'kube-linter': ['restart-policy'], 'kube-score': ['cronjob-restartpolicy'] },
  },
  create(context) {
    return {
      workload(workload) {
        const value = workload.pod.restartPolicy;
        if (value === undefined || workload.kind === 'Pod') return;
        const batch = workload.kind === 'Job' || workload.kind === 'CronJob';
        if (batch ? value !== 'Always' : value === 'Always') return;
        context.report({
          at: workload.at([...workload.pod.path, 'restartPolicy']),
          messageId: batch ? 'batch' : 'serving',
          data: { kind: workload.kind, name: workload.name, value },
        });
      },
    };
  },
});
