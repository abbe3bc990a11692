import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { isPlainObject, ownOrName } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/artifacts-no-expiry',
    domain: 'gitlab-ci',
    description:
      'Job artifacts (`paths`, `untracked`) without `expire_in`, kept as long as the instance default allows.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      noExpiry:
        'Artifacts of `{{job}}` have no `expire_in`: set one (e.g. `1 week`) so build outputs do not pile up in storage.',
    },
  },
  create(context) {
    return {
      job(written: GitlabJob) {
        // Templates from local includes count: the job as the pipeline runs it.
        const job = context.model.withIncludes(written, (path) => context.readFile(path));
        if (job.hidden || !job.complete) return;
        const artifacts = context.model.effective(job, 'artifacts');
        if (!isPlainObject(artifacts) || 'expire_in' in artifacts) return;
        if (!('paths' in artifacts) && artifacts.untracked !== true) return;
        context.report({
          at: ownOrName(context.model, job, 'artifacts'),
          messageId: 'noExpiry',
          data: { job: job.name },
        });
      },
    };
  },
});
