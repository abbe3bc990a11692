import { defineRule } from '../../core/rule.js';
import { RETIRED_RUNTIMES } from '../../data/github-actions/actions.js';
import { at, factsOf } from './support/facts.js';
import { knownUse } from './support/known-action.js';

export default defineRule({
  meta: {
    id: 'gha/outdated-action',
    domain: 'github-actions',
    description:
      'Well-known actions must not be used at a major version whose runtime (node12, node16) GitHub no longer runs.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      retired: '{{action}}@{{major}} runs on {{runtime}}, which GitHub no longer runs: use {{action}}@{{current}}.',
    },
    equivalents: { actionlint: ['action'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        for (const job of facts.jobs) {
          for (const step of job.steps) {
            const known = knownUse(facts, step.uses);
            if (!known) continue;
            const runtime = known.meta.majors[known.major]!;
            if (!RETIRED_RUNTIMES.has(runtime)) continue;
            context.report({
              at: at(facts, step.uses, [...step.path, 'uses']),
              messageId: 'retired',
              data: { action: known.action, major: known.major, runtime, current: known.meta.current },
            });
          }
        }
      },
    };
  },
});
