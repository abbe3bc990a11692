import { defineRule } from '../../core/rule.js';
import { isFragment } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/job-ttl',
    domain: 'kubernetes',
    description: 'A standalone Job should set `ttlSecondsAfterFinished` so finished Jobs are cleaned up.',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      missing:
        'Job {{name}} sets no `ttlSecondsAfterFinished`: the finished Job and its pods stay until someone deletes them.',
      cronJob:
        'CronJob {{name}} sets `ttlSecondsAfterFinished` on its jobs: it races with `successfulJobsHistoryLimit`/`failedJobsHistoryLimit`; keep one of the two mechanisms.',
    },
    equivalents: { 'kube-linter': ['job-ttl-seconds-after-finished'] },
  },
  create(context) {
    return {
      workload(workload) {
        if (isFragment(context, workload)) return;
        const spec =
          (workload.kind === 'Job' || workload.kind === 'CronJob') && (workload.data.spec as Record<string, unknown>);
        if (!spec) return;
        if (workload.kind === 'Job') {
          if (spec.ttlSecondsAfterFinished === undefined)
            context.report({ at: workload.at(['kind']), messageId: 'missing', data: { name: workload.name } });
          return;
        }
        const jobSpec = (spec.jobTemplate as { spec?: Record<string, unknown> } | undefined)?.spec;
        if (jobSpec?.ttlSecondsAfterFinished !== undefined)
          context.report({
            at: workload.at(['spec', 'jobTemplate', 'spec', 'ttlSecondsAfterFinished']),
            messageId: 'cronJob',
            data: { name: workload.name },
          });
      },
    };
  },
});
