import { defineRule } from '../../core/rule.js';
import type { GitlabJob } from '../../domains/gitlab-ci/index.js';
import { isDynamic, isPlainObject, knownStages } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/invalid-needs',
    domain: 'gitlab-ci',
    description:
      '`needs` and `dependencies` that name a job that does not exist, a hidden job, or a job of a later stage.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      unknown: '`{{key}}` names job `{{name}}`, which is not defined.',
      hidden: '`{{key}}` names `{{name}}`, a hidden template that never runs.',
      later: "`{{key}}` names `{{name}}` of stage `{{otherStage}}`, which runs after this job's stage `{{stage}}`.",
    },
  },
  create(context) {
    return {
      job(job: GitlabJob) {
        if (job.hidden || !job.complete) return;
        const model = context.model;
        const view = model.project(context.readFile);
        const stages = knownStages(model, context.readFile);
        for (const key of ['needs', 'dependencies'] as const) {
          const list = job.own[key];
          if (!Array.isArray(list)) continue;
          list.forEach((entry, index) => {
            let name: string | undefined;
            if (typeof entry === 'string') name = entry;
            else if (
              isPlainObject(entry) &&
              typeof entry.job === 'string' &&
              !('project' in entry) &&
              !('pipeline' in entry)
            ) {
              if (entry.optional === true) return;
              name = entry.job;
            }
            // `build: [linux, amd64]` names one job of a parallel matrix; matrix names are not checked.
            if (!name || isDynamic(name) || name.includes('[')) return;
            const at = model.locate(isPlainObject(entry) ? [job.name, key, index, 'job'] : [job.name, key, index]);
            const target = view.jobs.get(name);
            if (!target) {
              if (view.complete && !model.header) context.report({ at, messageId: 'unknown', data: { key, name } });
              return;
            }
            if (name.startsWith('.')) {
              context.report({ at, messageId: 'hidden', data: { key, name } });
              return;
            }
            const other = model.jobByName.get(name);
            const otherStage = other ? other.stage : target.stage;
            if (!stages || !otherStage || (other && !other.complete) || isDynamic(otherStage) || isDynamic(job.stage))
              return;
            const mine = stages.indexOf(job.stage);
            const theirs = stages.indexOf(otherStage);
            if (mine >= 0 && theirs > mine)
              context.report({ at, messageId: 'later', data: { key, name, otherStage, stage: job.stage } });
          });
        }
      },
    };
  },
});
