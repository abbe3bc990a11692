import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { isSecurityJob, ownOrName, rulesOf } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/security-allow-failure',
    domain: 'gitlab-ci',
    description: 'Security scanning jobs with `allow_failure: true`: their findings never stop the pipeline.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.0,
    messages: {
      allowed:
        'Security job `{{job}}` may fail without failing the pipeline, so its findings never block a merge or a deploy. Remove `allow_failure: true` (or limit it to `exit_codes` that mean "could not scan").',
    },
    equivalents: { pipefort: ['cicd-sec-10-gl-allow-failure'] },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        if (job.hidden || !isSecurityJob(job)) return;
        if (job.resolved.allow_failure === true) {
          context.report({
            at: ownOrName(context.model, job, 'allow_failure'),
            messageId: 'allowed',
            data: { job: job.name },
          });
          return;
        }
        const index = (Array.isArray(job.own.rules) ? job.own.rules : []).findIndex(
          (rule) => (rule as Record<string, unknown>)?.allow_failure === true,
        );
        if (index >= 0)
          context.report({
            at: context.model.locate([job.name, 'rules', index, 'allow_failure'], { key: true }),
            messageId: 'allowed',
            data: { job: job.name },
          });
        else if (rulesOf(job).some((rule) => rule.allow_failure === true))
          context.report({ at: job.keyAt, messageId: 'allowed', data: { job: job.name } });
      },
    };
  },
});
