import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { isSecretName, JOB_SCOPED, MERGE_REQUEST_CONDITION, rulesOf, variableRefs } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/merge-request-secrets',
    domain: 'gitlab-ci',
    description:
      'Jobs that run on merge-request pipelines (where the code comes from the MR, possibly from a fork) and use secrets, `secrets:` or `id_tokens:`.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 7.5,
    messages: {
      secrets:
        "Job runs the merge request's code on merge-request pipelines and uses {{what}}: an MR (or a fork MR run in this project) can change that code and read it. Keep secrets in jobs that run only on protected branches and tags.",
    },
    equivalents: { poutine: ['untrusted_checkout_exec'] },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        if (job.hidden) return;
        const onMergeRequests = rulesOf(job).some(
          (rule) => typeof rule.if === 'string' && MERGE_REQUEST_CONDITION.test(rule.if) && rule.when !== 'never',
        );
        if (!onMergeRequests) return;
        let what: string | undefined;
        if ('secrets' in job.resolved) what = '`secrets:`';
        else if ('id_tokens' in job.resolved) what = '`id_tokens:`';
        else {
          for (const line of job.scripts) {
            const ref = variableRefs(line.text).find(
              (candidate) =>
                isSecretName(candidate.name) && !JOB_SCOPED.has(candidate.name) && !candidate.name.startsWith('CI_'),
            );
            if (ref) {
              what = `\`$${ref.name}\``;
              break;
            }
          }
        }
        if (what) context.report({ at: job.keyAt, messageId: 'secrets', data: { what } });
      },
    };
  },
});
