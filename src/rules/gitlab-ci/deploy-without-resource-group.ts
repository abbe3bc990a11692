import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { environmentOf } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/deploy-without-resource-group',
    domain: 'gitlab-ci',
    description:
      'Deploy jobs (starting an `environment`) without a `resource_group`, so two pipelines can deploy to the same place at once.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      noGroup:
        'Job deploys to `{{environment}}` without a `resource_group`: two pipelines can deploy at the same time and finish out of order. Add `resource_group: {{environment}}`.',
    },
    equivalents: { pipefort: ['best-prac-4-gl-missing-resource-group'] },
  },
  create(context) {
    return {
      job(written: GitlabJob) {
        // Templates from local includes count: the job as the pipeline runs it.
        const job = context.model.withIncludes(written, (path) => context.readFile(path));
        if (job.hidden || !job.complete || 'trigger' in job.resolved) return;
        const environment = environmentOf(job);
        if (environment?.action !== 'start' || 'resource_group' in job.resolved) return;
        const at =
          'environment' in job.own ? context.model.locate([job.name, 'environment'], { key: true }) : job.keyAt;
        context.report({ at, messageId: 'noGroup', data: { environment: environment.name ?? 'the environment' } });
      },
    };
  },
});
