import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';

/** Instructions the builder refuses as an ONBUILD trigger. */
const REFUSED = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineRule({
  meta: {
    id: 'docker/onbuild-trigger',
    domain: 'dockerfile',
    description: '`ONBUILD` cannot hold `ONBUILD`, `FROM` or `MAINTAINER`.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      refused:
        '`ONBUILD {{trigger}}` is refused by the builder: an image built FROM this one fails at this trigger. Move the instruction out of ONBUILD or drop it.',
    },
    equivalents: { hadolint: ['DL3043'] },
  },
  create(context) {
    return {
      ONBUILD(instruction: DockerInstruction) {
        const word = /^\S+/.exec(instruction.args)?.[0] ?? '';
        const trigger = word.toUpperCase();
        if (!REFUSED.has(trigger)) return;
        const { line, column } = instruction.argsSpan;
        context.report({
          at: { span: { line, column, endLine: line, endColumn: column + word.length }, path: instruction.path },
          messageId: 'refused',
          data: { trigger },
        });
      },
    };
  },
});
