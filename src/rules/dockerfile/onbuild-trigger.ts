import { defineRule } from '../../core/rule.js';
import { type DockerInstruction, INSTRUCTION_KEYWORDS } from '../../domains/dockerfile/index.js';

/** Instructions the builder refuses as an ONBUILD trigger. */
const REFUSED = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
const KNOWN: ReadonlySet<string> = new Set(INSTRUCTION_KEYWORDS);

export default defineRule({
  meta: {
    id: 'docker/onbuild-trigger',
    domain: 'dockerfile',
    description: '`ONBUILD` must hold an instruction, and not `ONBUILD`, `FROM` or `MAINTAINER`.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      refused:
        '`ONBUILD {{trigger}}` is refused by the builder: an image built FROM this one fails at this trigger. Move the instruction out of ONBUILD or drop it.',
      unknown:
        '`ONBUILD {{trigger}}` holds no instruction the builder knows: an image built FROM this one fails at this trigger.',
    },
    equivalents: { hadolint: ['DL3043'] },
  },
  create(context) {
    return {
      ONBUILD(instruction: DockerInstruction) {
        const word = /^\S+/.exec(instruction.args)?.[0] ?? '';
        const trigger = word.toUpperCase();
        const messageId = REFUSED.has(trigger) ? 'refused' : KNOWN.has(trigger) ? undefined : 'unknown';
        if (!messageId) return;
        const { line, column } = instruction.argsSpan;
        context.report({
          at: {
            span: { line, column, endLine: line, endColumn: column + Math.max(word.length, 1) },
            path: instruction.path,
          },
          messageId,
          data: { trigger: word === '' ? '(nothing)' : trigger },
        });
      },
    };
  },
});
