import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { isDynamic, suggest } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/unknown-extends',
    domain: 'gitlab-ci',
    description: '`extends` naming a job or template that is not defined in the file or the local files it includes.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      missing: '`extends: {{name}}` names a job that is not defined.{{hint}}',
    },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        if (job.extends.length === 0) return;
        const model = context.model;
        const view = model.project(context.readFile);
        if (!view.complete || model.header) return;
        const list = job.own.extends;
        job.extends.forEach((name, index) => {
          if (isDynamic(name) || view.jobs.has(name)) return;
          const best = suggest(name, view.jobs.keys());
          const at = model.locate(Array.isArray(list) ? [job.name, 'extends', index] : [job.name, 'extends']);
          context.report({ at, messageId: 'missing', data: { name, hint: best ? ` Did you mean \`${best}\`?` : '' } });
        });
      },
    };
  },
});
