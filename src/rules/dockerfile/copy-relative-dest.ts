import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { copyOperands } from './support/copy.js';
import { textOf } from './support/locate.js';
import { carriedFact } from './support/stages.js';

/** A WORKDIR earlier in the stage, or in a stage it builds on. */
const workdirSet = carriedFact('workdir set', false, (set, instruction) => set || instruction.keyword === 'WORKDIR');

export default defineRule({
  meta: {
    id: 'docker/copy-relative-dest',
    domain: 'dockerfile',
    description: 'COPY/ADD to a relative destination needs a WORKDIR set first in the stage.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      noWorkdir:
        'Destination "{{dest}}" is relative, and no WORKDIR is set in this stage, so it depends on the base image: set `WORKDIR` first or write an absolute path.',
    },
    equivalents: { hadolint: ['DL3045'] },
  },
  create(context) {
    const check = (instruction: DockerInstruction): void => {
      const stage = instruction.stage;
      const { dest } = copyOperands(instruction);
      if (!stage || !dest || /^(?:\/|\$|[A-Za-z]:[\\/]|\\)/.test(dest)) return;
      if (workdirSet.before(instruction)) return;
      context.report({ at: textOf(context.model, instruction).word(dest), messageId: 'noWorkdir', data: { dest } });
    };
    return { COPY: check, ADD: check };
  },
});
