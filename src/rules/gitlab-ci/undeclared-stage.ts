import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { isDynamic, knownStages, ownOrName } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/undeclared-stage',
    domain: 'gitlab-ci',
    description: "Jobs whose `stage` is not in `stages:` (or, without `stages:`, not one of GitLab's default stages).",
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      undeclared: 'Stage `{{stage}}` is not declared; the declared stages are: {{stages}}.',
    },
  },
  create(context) {
    let stages: string[] | undefined | null = null;
    return {
      job(written: GitlabJob) {
        // Templates from local includes count: the job as the pipeline runs it.
        const job = context.model.withIncludes(written, (path) => context.readFile(path));
        if (job.hidden || !job.complete || isDynamic(job.stage)) return;
        if (stages === null) stages = knownStages(context.model, context.readFile);
        if (!stages || stages.includes(job.stage)) return;
        const at =
          'stage' in job.own ? context.model.locate([job.name, 'stage']) : ownOrName(context.model, job, 'stage');
        context.report({ at, messageId: 'undeclared', data: { stage: job.stage, stages: stages.join(', ') } });
      },
    };
  },
});
