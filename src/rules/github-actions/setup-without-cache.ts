import { isScalar } from 'yaml';
import { defineRule } from '../../core/rule.js';
import { majorNumber } from '../../data/github-actions/actions.js';
import { at, factsOf } from './support/facts.js';
import { knownUse } from './support/known-action.js';

const EXAMPLES: Record<string, string> = {
  'actions/setup-node': 'npm',
  'actions/setup-python': 'pip',
  'actions/setup-java': 'maven',
  'actions/setup-dotnet': 'true',
  'actions/setup-go': 'true',
};

export default defineRule({
  meta: {
    id: 'gha/setup-without-cache',
    domain: 'github-actions',
    description:
      'setup-* actions that can cache dependencies should have caching on (or the job should use actions/cache).',
    category: 'performance',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      off: '{{action}} can cache dependencies but `{{input}}` is not set: every run downloads them again (e.g. `{{input}}: {{example}}`).',
      disabled: '{{action}} has caching turned off with `{{input}}: false`.',
    },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        for (const job of facts.jobs) {
          const usesCache = job.steps.some(
            (step) => typeof step.uses?.value === 'string' && /^actions\/cache(\/restore)?@/i.test(step.uses.value),
          );
          if (usesCache) continue;
          for (const step of job.steps) {
            const known = knownUse(facts, step.uses);
            if (!known?.meta.cacheInput) continue;
            const input = known.meta.cacheInput;
            const given = [...step.with.entries()].find(([name]) => name.toLowerCase() === input);
            const data = { action: known.action, input, example: EXAMPLES[known.action] ?? 'true' };
            if (given) {
              const value = given[1].value;
              if (isScalar(value) && (value.value === false || value.value === 'false')) {
                context.report({ at: at(facts, value, [...step.path, 'with', input]), messageId: 'disabled', data });
              }
              continue;
            }
            // Caching on by default: setup-go; setup-node from v5 caches npm projects on its own.
            if (known.action === 'actions/setup-go') continue;
            if (known.action === 'actions/setup-node' && majorNumber(known.major) >= 5) continue;
            context.report({ at: at(facts, step.uses, [...step.path, 'uses']), messageId: 'off', data });
          }
        }
      },
    };
  },
});
