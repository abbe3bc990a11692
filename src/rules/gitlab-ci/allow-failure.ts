import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { isSecurityJob, ownOrName } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/allow-failure',
    domain: 'gitlab-ci',
    description:
      'Jobs with `allow_failure: true`: the pipeline passes when they fail, so a broken build, test or deploy step goes unnoticed.',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      allowed:
        'Job `{{job}}` may fail without failing the pipeline: a merge or a later stage goes ahead when it breaks. Remove `allow_failure: true`, or limit it to the exit codes that mean "nothing to do" (`allow_failure: exit_codes: [...]`).',
    },
    equivalents: { pipefort: ['cicd-sec-10-gl-allow-failure'] },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        // Security jobs have their own, recommended rule (gitlab/security-allow-failure).
        if (job.hidden || job.resolved.allow_failure !== true || isSecurityJob(job)) return;
        // Manual jobs are allowed to fail by default: writing it out changes nothing.
        if (job.resolved.when === 'manual') return;
        context.report({
          at: ownOrName(context.model, job, 'allow_failure'),
          messageId: 'allowed',
          data: { job: job.name },
        });
      },
    };
  },
});
