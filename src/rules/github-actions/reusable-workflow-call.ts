import { isMap, isScalar } from 'yaml';
import { defineRule } from '../../core/rule.js';
import { readLocalWorkflow } from './support/local.js';
import { at, entries, factsOf, valueOf } from './support/facts.js';
import { didYouMean } from './support/text.js';

function typeProblem(type: string | undefined, node: unknown): string | undefined {
  if (!type || !isScalar(node)) return undefined;
  const value = node.value;
  if (typeof value === 'string' && value.includes('${{')) return undefined;
  if (type === 'boolean' && typeof value !== 'boolean') return 'a boolean (true or false)';
  if (type === 'number' && typeof value !== 'number') return 'a number';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'gha/reusable-workflow-call',
    domain: 'github-actions',
    description:
      'Calls to local reusable workflows must match their `workflow_call` contract: required inputs and secrets, known names, input types.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      notFound: '{{path}} does not exist in this repository.',
      notCallable: '{{path}} has no `on: workflow_call` trigger, so it cannot be called.',
      missingInput: 'Required input "{{name}}" of {{path}} is not given in `with`.',
      unknownInput: '{{path}} has no input "{{name}}" (inputs: {{names}}).{{hint}}',
      type: 'Input "{{name}}" of {{path}} is a {{type}}: pass {{expected}}.',
      missingSecret: 'Required secret "{{name}}" of {{path}} is not passed in `secrets` (or use `secrets: inherit`).',
      unknownSecret: '{{path}} declares no secret "{{name}}" (secrets: {{names}}).{{hint}}',
    },
    equivalents: { actionlint: ['workflow-call'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind !== 'workflow') return;
        for (const job of facts.jobs) {
          const uses = job.uses?.value;
          if (typeof uses !== 'string' || !uses.startsWith('./') || uses.includes('${{')) continue;
          const usesAt = at(facts, job.uses, [...job.path, 'uses']);
          const called = readLocalWorkflow((path) => context.readFile(path), uses);
          if (called === null) {
            context.report({ at: usesAt, messageId: 'notFound', data: { path: uses } });
            continue;
          }
          if (!called) continue;
          const path = called.path;
          if (!called.callable) {
            context.report({ at: usesAt, messageId: 'notCallable', data: { path } });
            continue;
          }
          const withNode = valueOf(job.node, 'with');
          const given = new Map(entries(withNode).map((pair) => [String(pair.key.value).toLowerCase(), pair]));
          const inputNames = [...called.inputs.values()].map((input) => input.name);
          for (const input of called.inputs.values()) {
            if (input.required && !input.hasDefault && !given.has(input.name.toLowerCase())) {
              context.report({ at: usesAt, messageId: 'missingInput', data: { name: input.name, path } });
            }
          }
          for (const [lower, pair] of given) {
            const name = String(pair.key.value);
            const input = called.inputs.get(lower);
            if (!input) {
              context.report({
                at: at(facts, pair.key, [...job.path, 'with', name]),
                messageId: 'unknownInput',
                data: { name, path, names: inputNames.join(', ') || 'none', hint: didYouMean(name, inputNames) },
              });
              continue;
            }
            const expected = typeProblem(input.type, pair.value);
            if (expected)
              context.report({
                at: at(facts, pair.value, [...job.path, 'with', name]),
                messageId: 'type',
                data: { name, path, type: input.type!, expected },
              });
          }
          const secretsNode = valueOf(job.node, 'secrets');
          if (isScalar(secretsNode) && secretsNode.value === 'inherit') continue;
          const passed = new Map(entries(secretsNode).map((pair) => [String(pair.key.value).toLowerCase(), pair]));
          const secretNames = [...called.secrets.values()].map((secret) => secret.name);
          for (const secret of called.secrets.values()) {
            if (secret.required && !passed.has(secret.name.toLowerCase())) {
              context.report({ at: usesAt, messageId: 'missingSecret', data: { name: secret.name, path } });
            }
          }
          if (!isMap(secretsNode)) continue;
          for (const [lower, pair] of passed) {
            if (called.secrets.has(lower)) continue;
            const name = String(pair.key.value);
            context.report({
              at: at(facts, pair.key, [...job.path, 'secrets', name]),
              messageId: 'unknownSecret',
              data: { name, path, names: secretNames.join(', ') || 'none', hint: didYouMean(name, secretNames) },
            });
          }
        }
      },
    };
  },
});
