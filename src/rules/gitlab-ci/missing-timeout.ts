import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';

export default defineRule({
  meta: {
    id: 'gitlab/missing-timeout',
    domain: 'gitlab-ci',
    description:
      "Jobs without a `timeout` (in the job or `default:`): a hung job holds a runner for the project's whole limit.",
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      noTimeout:
        'Job `{{job}}` has no `timeout`: set one close to its usual run time (in the job or under `default:`).',
    },
    equivalents: { pipefort: ['best-prac-2-gl-missing-timeout'] },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        // Templates from local includes count: the job as the pipeline runs it.
        const whole = context.model.withIncludes(job, (path) => context.readFile(path));
        if (whole.hidden || !whole.complete || 'trigger' in whole.resolved) return;
        if (context.model.effective(whole, 'timeout') === undefined)
          context.report({ at: whole.keyAt, messageId: 'noTimeout', data: { job: whole.name } });
      },
    };
  },
});
