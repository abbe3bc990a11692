import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { environmentOf } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/missing-interruptible',
    domain: 'gitlab-ci',
    description:
      'Jobs other than deploys that do not say `interruptible`, so a newer pipeline on the same branch cannot cancel them.',
    category: 'performance',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      noInterruptible:
        'Job `{{job}}` does not set `interruptible`: mark it `interruptible: true` (or set it under `default:`) so superseded pipelines stop early.',
    },
  },
  create(context) {
    return {
      job(written: GitlabJob) {
        // Templates from local includes count: the job as the pipeline runs it.
        const job = context.model.withIncludes(written, (path) => context.readFile(path));
        if (job.hidden || !job.complete || 'trigger' in job.resolved || environmentOf(job)) return;
        if (context.model.effective(job, 'interruptible') === undefined)
          context.report({ at: job.keyAt, messageId: 'noInterruptible', data: { job: job.name } });
      },
    };
  },
});
