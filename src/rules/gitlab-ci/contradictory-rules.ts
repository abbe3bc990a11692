import { defineRule } from '../../core/rule.js';
import type { GitlabCiModel, GitlabJob } from '../../domains/gitlab-ci/index.js';
import type { KeyPath } from '../../domains/yaml/document.js';
import { isPlainObject } from './support/util.js';

const CONDITIONS = ['if', 'changes', 'exists'];

export default defineRule({
  meta: {
    id: 'gitlab/contradictory-rules',
    domain: 'gitlab-ci',
    description:
      '`rules` that contradict themselves or the job: mixed with `only`/`except`, empty, unreachable after a catch-all rule, all `when: never`, or `when: never` outside `rules`.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      mixed: '`{{key}}` cannot be used together with `rules`: GitLab rejects the job.',
      empty: '`rules` is empty: GitLab rejects an empty list (remove it, or add a rule).',
      unreachable: 'This rule can never apply: rule {{previous}} above it has no condition and always matches.',
      never: 'Every rule says `when: never`: the job can never run.',
      neverJob:
        '`when: never` is only valid inside `rules`: GitLab rejects it as a job keyword (remove the job, or use a rule).',
    },
  },
  create(context) {
    const checkList = (model: GitlabCiModel, rules: unknown, path: KeyPath, isJob: boolean): void => {
      if (!Array.isArray(rules)) return;
      if (rules.length === 0) {
        context.report({ at: model.locate(path, { key: true }), messageId: 'empty' });
        return;
      }
      let catchAll = -1;
      rules.forEach((rule, index) => {
        if (!isPlainObject(rule)) return;
        if (catchAll >= 0) {
          context.report({
            at: model.locate([...path, index]),
            messageId: 'unreachable',
            data: { previous: catchAll + 1 },
          });
          catchAll = Number.POSITIVE_INFINITY; // report the first unreachable rule only
          return;
        }
        if (!CONDITIONS.some((key) => key in rule)) catchAll = index;
      });
      if (isJob && rules.every((rule) => isPlainObject(rule) && rule.when === 'never')) {
        context.report({ at: model.locate(path, { key: true }), messageId: 'never' });
      }
    };
    return {
      file(model: GitlabCiModel) {
        const workflow = model.data.workflow;
        if (isPlainObject(workflow)) checkList(model, workflow.rules, ['workflow', 'rules'], false);
      },
      job(job: GitlabJob) {
        const model = context.model;
        if (job.own.when === 'never') context.report({ at: model.locate([job.name, 'when']), messageId: 'neverJob' });
        if (!('rules' in job.own)) return;
        for (const key of ['only', 'except']) {
          if (key in job.own)
            context.report({ at: model.locate([job.name, key], { key: true }), messageId: 'mixed', data: { key } });
        }
        checkList(model, job.own.rules, [job.name, 'rules'], !job.hidden);
      },
    };
  },
});
