import { defineRule } from '../../core/rule.js';
import { readLocalAction } from './support/local.js';
import { at, factsOf } from './support/facts.js';
import { didYouMean } from './support/text.js';

export default defineRule({
  meta: {
    id: 'gha/local-action-inputs',
    domain: 'github-actions',
    description:
      'Steps using a local action (`uses: ./path`) must pass its required inputs and no inputs it does not declare.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      missing: 'Required input "{{input}}" of {{action}} is not given in `with`.',
      unknown: '{{action}} has no input "{{input}}" (inputs: {{inputs}}).{{hint}}',
    },
    equivalents: { actionlint: ['action'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        for (const job of facts.jobs) {
          for (const step of job.steps) {
            const uses = step.uses?.value;
            if (typeof uses !== 'string' || !uses.startsWith('./') || uses.includes('${{')) continue;
            const action = readLocalAction((path) => context.readFile(path), uses);
            if (!action) continue;
            const given = new Set([...step.with.keys()].map((name) => name.toLowerCase()));
            for (const input of action.inputs.values()) {
              if (input.required && !input.hasDefault && !given.has(input.name.toLowerCase())) {
                context.report({
                  at: at(facts, step.uses, [...step.path, 'uses']),
                  messageId: 'missing',
                  data: { input: input.name, action: action.path },
                });
              }
            }
            const names = [...action.inputs.values()].map((input) => input.name);
            for (const [name, pair] of step.with) {
              if (action.inputs.has(name.toLowerCase())) continue;
              context.report({
                at: at(facts, pair.key, [...step.path, 'with', name]),
                messageId: 'unknown',
                data: {
                  input: name,
                  action: action.path,
                  inputs: names.join(', ') || 'none',
                  hint: didYouMean(name, names),
                },
              });
            }
          }
        }
      },
    };
  },
});
