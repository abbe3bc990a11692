import { defineRule } from '../../core/rule.js';
import type { GhaModel } from '../../domains/github-actions/index.js';

/**
 * Reports what the github-actions domain finds when it checks a file against the declared shape of workflows and
 * action metadata (src/domains/github-actions/shape.ts): value types, required keys, allowed values, empty values,
 * ids that differ only in case, keys that exclude each other and anchors no alias uses.
 */
export default defineRule({
  meta: {
    id: 'gha/invalid-structure',
    domain: 'github-actions',
    description:
      'Workflows and action.yml files must have the keys GitHub requires, with values of the types and values it accepts.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      type: '{{where}} must be {{expected}}, but is {{found}}.',
      empty: '{{where}} must not be empty: expected {{expected}}.',
      required: '{{key}} is required in {{where}} but missing.',
      value: '{{where}} is "{{value}}", which GitHub does not accept (allowed: {{allowed}}).',
      case: '{{what}} "{{name}}" duplicates "{{first}}" (line {{line}}): GitHub compares these names without regard to case.',
      exclusive: '"{{a}}" cannot be used together with "{{b}}" in {{where}}.',
      'step-kind': '"{{key}}" applies only to a step with "{{needs}}" ({{where}}): GitHub rejects the workflow.',
      anchor:
        'Anchor "&{{name}}" is defined but no alias uses it: remove it, or check the alias that was meant to refer to it.',
    },
    equivalents: { actionlint: ['syntax-check', 'permissions'] },
  },
  create(context) {
    return {
      exit(model: GhaModel) {
        for (const problem of model.shapeProblems) {
          context.report({
            at: problem.at,
            messageId: problem.kind,
            data: problem.data,
            ...(problem.kind === 'anchor' ? { severity: 'warning' as const } : {}),
          });
        }
      },
    };
  },
});
