import { defineRule } from '../../core/rule.js';
import { at, factsOf, stringOf, valueOf } from './support/facts.js';

const FAILURE = /\bfailure\(\)|\bjob\.status\b|\bneeds\.[\w-]+\.result\b|contains\(\s*needs\.\*\.result/;

export default defineRule({
  meta: {
    id: 'gha/no-failure-notification',
    domain: 'github-actions',
    description:
      'Scheduled and deploy workflows, which nobody watches, should have a step or job that runs on failure to notify someone.',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      none: 'This {{kind}} workflow has no failure path (a step or job with `if: failure()`): when it breaks, nobody hears.',
    },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind !== 'workflow' || !facts.root) return;
        const scheduled = facts.events.has('schedule');
        const deploys = facts.jobs.some((job) => valueOf(job.node, 'environment') !== undefined);
        if (!scheduled && !deploys) return;
        const conditions = facts.jobs.flatMap((job) => [
          stringOf(valueOf(job.node, 'if')),
          ...job.steps.map((step) => stringOf(valueOf(step.node, 'if'))),
        ]);
        if (conditions.some((condition) => condition !== undefined && FAILURE.test(condition))) return;
        const on = facts.root.items.find((pair) => String((pair.key as { value?: unknown }).value) === 'on');
        context.report({
          at: at(facts, on?.key as never, ['on']),
          messageId: 'none',
          data: { kind: scheduled ? 'scheduled' : 'deploy' },
        });
      },
    };
  },
});
