import { defineRule } from '../../core/rule.js';
import { majorNumber } from '../../data/github-actions/actions.js';
import { at, factsOf } from './support/facts.js';
import { knownUse } from './support/known-action.js';
import { didYouMean } from './support/text.js';

interface InputIndex {
  names: string[];
  byLower: Map<string, string>;
  /** Required inputs, as named in the snapshot. */
  required: string[];
}

const indexes = new Map<string, InputIndex>();

/** Input names of a snapshot entry, a lower-case index of them and the required ones, built once per action. */
function inputIndex(action: string, inputs: Record<string, { required?: boolean }>): InputIndex {
  let index = indexes.get(action);
  if (!index) {
    const names = Object.keys(inputs);
    index = {
      names,
      byLower: new Map(names.map((name) => [name.toLowerCase(), name])),
      required: names.filter((name) => inputs[name]!.required),
    };
    indexes.set(action, index);
  }
  return index;
}

export default defineRule({
  meta: {
    id: 'gha/action-inputs',
    domain: 'github-actions',
    description:
      'Inputs given to well-known actions must exist, required ones must be given, deprecated ones avoided (bundled action snapshot).',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      unknown: '{{action}}@{{major}} has no input "{{input}}".{{hint}}',
      missing: '{{action}}@{{major}} requires the input "{{input}}".',
      deprecated: 'Input "{{input}}" of {{action}} is deprecated: {{reason}}.',
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
            const { action, meta, major } = known;
            if (!meta.inputsFrom || majorNumber(major) < majorNumber(meta.inputsFrom)) continue;
            const { names: inputs, byLower: lowerInputs, required } = inputIndex(action, meta.inputs);
            if (required.length > 0) {
              const given = new Set<string>();
              for (const name of step.with.keys()) given.add(name.toLowerCase());
              for (const name of required) {
                if (!given.has(name.toLowerCase())) {
                  context.report({
                    at: at(facts, step.uses, [...step.path, 'uses']),
                    messageId: 'missing',
                    data: { action, major, input: name },
                  });
                }
              }
            }
            for (const [name, pair] of step.with) {
              const canonical = lowerInputs.get(name.toLowerCase());
              if (!canonical) {
                if (meta.inputsComplete)
                  context.report({
                    at: at(facts, pair.key, [...step.path, 'with', name]),
                    messageId: 'unknown',
                    data: { action, major, input: name, hint: didYouMean(name, inputs) },
                  });
              } else if (meta.inputs[canonical]!.deprecated) {
                context.report({
                  at: at(facts, pair.key, [...step.path, 'with', name]),
                  messageId: 'deprecated',
                  data: { input: name, action, reason: meta.inputs[canonical]!.deprecated! },
                  severity: 'warning',
                });
              }
            }
          }
        }
      },
    };
  },
});
