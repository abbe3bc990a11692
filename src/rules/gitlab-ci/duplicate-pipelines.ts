import { defineRule } from '../../core/rule.js';
import type { GitlabCiModel, GitlabJob } from '../../domains/gitlab-ci/index.js';
import type { KeyPath } from '../../domains/yaml/document.js';
import { isPlainObject } from './support/util.js';

const MERGE_REQUEST = /merge_request_event|\$CI_MERGE_REQUEST_(?:IID|ID)\b(?!\s*==\s*null)/;
const GUARD =
  /\$CI_OPEN_MERGE_REQUESTS|\$CI_PIPELINE_SOURCE\s*==\s*["']push["']\s*&&|\$CI_COMMIT_BRANCH\s*==\s*\$CI_DEFAULT_BRANCH|\$CI_COMMIT_(?:BRANCH|REF_NAME)\s*(?:==|=~)|\$CI_COMMIT_REF_PROTECTED|\$CI_COMMIT_TAG/;

/** Does this rule let branch (push) pipelines through for any branch? */
function admitsEveryBranch(rule: Record<string, unknown>): boolean {
  if (rule.when === 'never') return false;
  if (!('if' in rule)) return !('changes' in rule) && !('exists' in rule);
  const condition = String(rule.if);
  if (MERGE_REQUEST.test(condition) || GUARD.test(condition)) return false;
  return /^\s*\$CI_COMMIT_BRANCH\s*$|^\s*\$CI_COMMIT_REF_NAME\s*$|\$CI_PIPELINE_SOURCE\s*==\s*["']push["']\s*$/.test(
    condition,
  );
}

export default defineRule({
  meta: {
    id: 'gitlab/duplicate-pipelines',
    domain: 'gitlab-ci',
    description:
      '`rules` that start both a merge-request pipeline and a branch pipeline for every push to a branch with an open merge request.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      duplicate:
        'These rules run merge-request pipelines and also branch pipelines for every branch: each push to a branch with an open merge request starts two pipelines. Add `- if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS` with `when: never` before the branch rule.',
    },
    equivalents: { checkov: ['CKV_GITLABCI_2'] },
  },
  create(context) {
    const check = (model: GitlabCiModel, rules: unknown, path: KeyPath): void => {
      if (!Array.isArray(rules)) return;
      const list = rules.filter(isPlainObject);
      const mergeRequests = list.some(
        (rule) => typeof rule.if === 'string' && MERGE_REQUEST.test(rule.if) && rule.when !== 'never',
      );
      if (!mergeRequests) return;
      const index = list.findIndex(admitsEveryBranch);
      if (index < 0) return;
      // A `when: never` rule for open merge requests anywhere before the branch rule prevents the duplicate.
      if (
        list
          .slice(0, index)
          .some(
            (rule) => rule.when === 'never' && typeof rule.if === 'string' && /\$CI_OPEN_MERGE_REQUESTS/.test(rule.if),
          )
      )
        return;
      context.report({ at: model.locate([...path, rules.indexOf(list[index]!)]), messageId: 'duplicate' });
    };
    let workflowRules = false;
    return {
      file(model: GitlabCiModel) {
        const workflow = model.data.workflow;
        if (isPlainObject(workflow) && Array.isArray(workflow.rules)) {
          workflowRules = true;
          check(model, workflow.rules, ['workflow', 'rules']);
        }
      },
      job(job: GitlabJob) {
        // Job rules matter only when no workflow rules decide which pipelines exist.
        if (!workflowRules && !job.hidden) check(context.model, job.own.rules, [job.name, 'rules']);
      },
    };
  },
});
