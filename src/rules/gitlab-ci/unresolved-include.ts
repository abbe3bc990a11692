import { defineRule } from '../../core/rule.js';
import type { GitlabCiModel } from '../../domains/gitlab-ci/index.js';

export default defineRule({
  meta: {
    id: 'gitlab/unresolved-include',
    domain: 'gitlab-ci',
    description:
      'Includes that GitLab fetches when it creates the pipeline (remote, project, template, component, or a local path with a wildcard or variable): what they define is not checked here.',
    category: 'correctness',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      unresolved:
        '`include: {{kind}}` ({{value}}) is read by GitLab when the pipeline is created, not here: what it defines was not checked, and jobs that extend or reference it were checked only in part.',
    },
  },
  create(context) {
    return {
      file(model: GitlabCiModel) {
        for (const include of model.pipeline((path) => context.readFile(path)).unresolved)
          context.report({ at: include, messageId: 'unresolved', data: { kind: include.kind, value: include.value } });
      },
    };
  },
});
