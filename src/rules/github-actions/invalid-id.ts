import { defineRule } from '../../core/rule.js';
import { at, factsOf } from './support/facts.js';

const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export default defineRule({
  meta: {
    id: 'gha/invalid-id',
    domain: 'github-actions',
    description:
      'Job and step ids must start with a letter or `_` and contain only letters, digits, `-` and `_`; step ids must be unique in a job.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      job: 'Job id "{{id}}" is invalid: it must start with a letter or `_` and contain only letters, digits, `-` and `_`.',
      step: 'Step id "{{id}}" is invalid: it must start with a letter or `_` and contain only letters, digits, `-` and `_`.',
      duplicateStep: 'Step id "{{id}}" is already used by step {{first}} of {{where}}.',
    },
    equivalents: { actionlint: ['id'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        for (const job of facts.jobs) {
          if (facts.kind === 'workflow' && !ID.test(job.id))
            context.report({ at: at(facts, job.key, job.path), messageId: 'job', data: { id: job.id } });
          const seen = new Map<string, number>();
          for (const step of job.steps) {
            if (!step.id || step.id.value === null) continue;
            const id = String(step.id.value);
            if (id.includes('${{')) continue;
            const path = [...step.path, 'id'];
            if (!ID.test(id)) context.report({ at: at(facts, step.id, path), messageId: 'step', data: { id } });
            const lower = id.toLowerCase();
            const first = seen.get(lower);
            if (first !== undefined)
              context.report({
                at: at(facts, step.id, path),
                messageId: 'duplicateStep',
                data: { id, first: first + 1, where: facts.kind === 'action' ? 'this action' : `job "${job.id}"` },
              });
            else seen.set(lower, step.index);
          }
        }
      },
    };
  },
});
