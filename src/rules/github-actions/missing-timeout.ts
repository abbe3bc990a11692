import { defineRule } from '../../core/rule.js';
import { at, factsOf, pairOf } from './support/facts.js';

export default defineRule({
  meta: {
    id: 'gha/missing-timeout',
    domain: 'github-actions',
    description: 'Jobs should set `timeout-minutes`: the default is 360 minutes of a stuck runner.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: false,
    messages: {
      job: 'Job "{{job}}" has no `timeout-minutes`: a hung step holds the runner for 6 hours. Set a limit a little above its usual run time.',
    },
    equivalents: { pipefort: ['best-prac-2-missing-timeout'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind !== 'workflow') return;
        for (const job of facts.jobs) {
          if (!job.node || job.uses || pairOf(job.node, 'timeout-minutes')) continue;
          context.report({ at: at(facts, job.key, job.path), messageId: 'job', data: { job: job.id } });
        }
      },
    };
  },
});
