import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf, variableReference } from './support/locate.js';
import { envPairs } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/env-self-reference',
    domain: 'dockerfile',
    description: 'An ENV must not use a variable that the same ENV defines: it still sees the old value.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      sameStatement:
        '`${{name}}` expands to its value from before this ENV, not to the one set just before it: split it into two ENV instructions.',
    },
    equivalents: { hadolint: ['DL3044'] },
  },
  create(context) {
    return {
      ENV(instruction: DockerInstruction) {
        const defined = new Set<string>();
        const text = textOf(context.model, instruction);
        let cursor: number | undefined;
        for (const [name, value] of envPairs(instruction.args)) {
          for (const match of value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
            // `PATH=/opt/bin:$PATH` reads its own previous value on purpose; only names set earlier here are wrong.
            if (!defined.has(match[1]!)) continue;
            const found = text.findPattern(variableReference(match[1]!), cursor);
            context.report({
              at: text.at(found?.offset ?? -1, found?.length ?? 0),
              messageId: 'sameStatement',
              data: { name: match[1]! },
            });
            if (found) cursor = found.offset + found.length;
          }
          defined.add(name);
        }
      },
    };
  },
});
