import { defineRule } from '../../core/rule.js';
import { localIncludeCandidates } from '../../domains/gitlab-ci/parse.js';
import type { GitlabInclude } from '../../domains/gitlab-ci/index.js';

export default defineRule({
  meta: {
    id: 'gitlab/missing-local-include',
    domain: 'gitlab-ci',
    description: '`include: local` of a file that is not in the repository.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      missing: 'Local include `{{path}}` does not exist in this repository; GitLab will refuse the pipeline.',
    },
  },
  create(context) {
    return {
      include(include: GitlabInclude) {
        if (include.kind !== 'local' || /[*$]/.test(include.value)) return;
        // A local include inside a template or component resolves in the template's own project.
        if (context.model.header) return;
        if (localIncludeCandidates(context.model.file.path, include.value).some((path) => context.fileExists(path)))
          return;
        // `locate` falls back to the include entry itself when it is written as a plain string.
        context.report({
          at: context.model.locate([...include.keyPath, 'local']),
          messageId: 'missing',
          data: { path: include.value },
        });
      },
    };
  },
});
