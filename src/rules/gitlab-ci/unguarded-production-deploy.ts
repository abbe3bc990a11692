import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { environmentOf, isDynamic, rulesOf } from './support/util.js';

const PRODUCTION = /^(?:prod|production|live)(?:$|[^a-z])/i;

export default defineRule({
  meta: {
    id: 'gitlab/unguarded-production-deploy',
    domain: 'gitlab-ci',
    description:
      'Jobs deploying to a production environment that run without a manual gate (`when: manual` in the job or its rules).',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.5,
    messages: {
      ungated:
        'Job deploys to `{{environment}}` as soon as the pipeline gets here: add `when: manual` (in the job or the rule that selects it) and protect the environment so only approvers can run it.',
    },
  },
  create(context) {
    return {
      job(written: GitlabJob) {
        // Templates from local includes count: the job as the pipeline runs it.
        const job = context.model.withIncludes(written, (path) => context.readFile(path));
        if (job.hidden || !job.complete) return;
        const environment = environmentOf(job);
        if (environment?.action !== 'start' || !environment.name) return;
        const production =
          environment.tier === 'production' || (!isDynamic(environment.name) && PRODUCTION.test(environment.name));
        if (!production) return;
        if (job.resolved.when === 'manual' || job.resolved.manual_confirmation !== undefined) return;
        if (rulesOf(job).some((rule) => rule.when === 'manual')) return;
        const at =
          'environment' in job.own ? context.model.locate([job.name, 'environment'], { key: true }) : job.keyAt;
        context.report({ at, messageId: 'ungated', data: { environment: environment.name } });
      },
    };
  },
});
