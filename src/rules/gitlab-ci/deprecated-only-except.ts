import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';

export default defineRule({
  meta: {
    id: 'gitlab/deprecated-only-except',
    domain: 'gitlab-ci',
    description: '`only` and `except`, which GitLab no longer develops: use `rules`.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      deprecated: '`{{key}}` is no longer developed by GitLab: express the condition with `rules:`.',
    },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        for (const key of ['only', 'except']) {
          if (key in job.own)
            context.report({
              at: context.model.locate([job.name, key], { key: true }),
              messageId: 'deprecated',
              data: { key },
            });
        }
      },
    };
  },
});
