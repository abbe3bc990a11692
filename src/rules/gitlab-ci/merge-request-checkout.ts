import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { runsOnMergeRequests, variableRefs } from './support/util.js';

/** Git commands that bring another ref or repository into the job's working tree. */
const FETCHES = /\bgit\s+(?:-\S+\s+)*(?:fetch|checkout|switch|pull|clone|worktree\s+add|reset\s+--hard)\b/;
/** Variables that name the merge request's source: in a fork merge request, the fork's branch and project. */
const SOURCE_VARIABLES = new Set([
  'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME',
  'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA',
  'CI_MERGE_REQUEST_SOURCE_PROJECT_URL',
  'CI_MERGE_REQUEST_SOURCE_PROJECT_PATH',
  'CI_MERGE_REQUEST_SOURCE_PROJECT_ID',
]);

export default defineRule({
  meta: {
    id: 'gitlab/merge-request-checkout',
    domain: 'gitlab-ci',
    description:
      "Jobs on merge-request pipelines that fetch or check out the merge request's source branch or project themselves, running a fork's code with the project's variables and runners.",
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      checkout:
        'Job `{{job}}` runs on merge-request pipelines and fetches `${{name}}` itself: for a merge request from a fork that is the fork author\'s code, run here with this project\'s CI/CD variables and runners. Test the merge request in the pipeline GitLab creates for it (in the fork, or after review with "Run pipeline" in the parent project), and keep secrets in jobs that run on protected branches only.',
    },
    equivalents: { pipefort: ['cicd-sec-1-gl-mr-target'] },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        if (job.hidden || !runsOnMergeRequests(job)) return;
        for (const line of job.scripts) {
          if (!FETCHES.test(line.text)) continue;
          const ref = variableRefs(line.text).find((candidate) => SOURCE_VARIABLES.has(candidate.name));
          if (!ref) continue;
          context.report({
            at: context.model.find(line.node, ref.raw, line.path),
            messageId: 'checkout',
            data: { job: job.name, name: ref.name },
          });
          return;
        }
      },
    };
  },
});
