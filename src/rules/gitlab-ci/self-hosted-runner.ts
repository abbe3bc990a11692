import { defineRule } from '../../core/rule.js';
import type { GitlabCiModel, GitlabJob } from '../../domains/gitlab-ci/index.js';
import { isPlainObject, runsOnMergeRequests } from './support/util.js';

/** A `rules:if` that only admits protected refs: the default branch, or `$CI_COMMIT_REF_PROTECTED == "true"`. */
const PROTECTED_REF =
  /\$CI_COMMIT_REF_PROTECTED\s*==\s*["']?true["']?|\$CI_COMMIT_BRANCH\s*==\s*\$CI_DEFAULT_BRANCH|\$CI_DEFAULT_BRANCH\s*==\s*\$CI_COMMIT_BRANCH/;

/** True when every rule that can run the job (or pipeline) requires a protected ref (with `&&`, never `||`). */
function protectedOnly(rules: unknown): boolean {
  if (!Array.isArray(rules)) return false;
  const running = rules.flat(10).filter((rule) => isPlainObject(rule) && rule.when !== 'never');
  return (
    running.length > 0 &&
    running.every((rule) => typeof rule.if === 'string' && PROTECTED_REF.test(rule.if) && !rule.if.includes('||'))
  );
}

function tagsOf(model: GitlabCiModel, job: GitlabJob): string[] {
  const tags = model.effective(job, 'tags');
  return Array.isArray(tags) ? tags.flat(10).filter((tag): tag is string => typeof tag === 'string') : [];
}

export default defineRule({
  meta: {
    id: 'gitlab/self-hosted-runner',
    domain: 'gitlab-ci',
    description:
      'Jobs sent to self-hosted runners (tags listed in `self-hosted-runner-labels`, or `self-hosted`) that also run for unprotected branches or merge requests.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    securitySeverity: 5.0,
    messages: {
      selfHosted:
        'Job `{{job}}` runs on the self-hosted runner tag `{{tag}}` {{when}}: anyone who can push a branch{{mr}} runs code on that machine, which may keep files, credentials and network access between jobs. Restrict the job to protected refs (`if: $CI_COMMIT_REF_PROTECTED == "true"`) and mark the runner protected, or use an ephemeral runner.',
    },
    equivalents: { pipefort: ['best-prac-3-gl-self-hosted-tags'] },
  },
  create(context) {
    const configured = new Set([
      'self-hosted',
      ...context.settings.selfHostedRunnerLabels.map((label) => label.toLowerCase()),
    ]);
    return {
      job(job: GitlabJob) {
        if (job.hidden || 'trigger' in job.resolved) return;
        const tag = tagsOf(context.model, job).find((candidate) => configured.has(candidate.toLowerCase()));
        if (!tag) return;
        const workflow = context.model.data.workflow;
        if (protectedOnly(job.resolved.rules) || (isPlainObject(workflow) && protectedOnly(workflow.rules))) return;
        const onMergeRequests = runsOnMergeRequests(job);
        const at = 'tags' in job.own ? context.model.locate([job.name, 'tags'], { key: true }) : job.keyAt;
        context.report({
          at,
          messageId: 'selfHosted',
          data: {
            job: job.name,
            tag,
            when: onMergeRequests ? 'in merge-request pipelines' : 'for any branch',
            mr: onMergeRequests ? ' or open a merge request' : '',
          },
        });
      },
    };
  },
});
