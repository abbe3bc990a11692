import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { keywordAt } from './support/locate.js';
import { positionInStage } from './support/stages.js';

/** The flags of a RUN as one comparable string: RUNs with different mounts or networks cannot be merged as they are. */
const flagsOf = (instruction: DockerInstruction): string =>
  instruction.flags.map((flag) => `${flag.name}=${flag.value ?? ''}`).join(' ');

export default defineRule({
  meta: {
    id: 'docker/consecutive-run',
    domain: 'dockerfile',
    description: 'Two RUNs in a row, each a single command with the same flags, could be one RUN and one layer.',
    category: 'performance',
    defaultSeverity: 'note',
    // Opt-in: separate RUNs are often a deliberate cache boundary (a slow install kept apart from a step that changes).
    recommended: false,
    messages: {
      merge:
        'This RUN follows another single-command RUN: join them with `&&` to save a layer, unless the split is a deliberate cache boundary.',
    },
    equivalents: { hadolint: ['DL3059'] },
  },
  create(context) {
    const single = (instruction: DockerInstruction | undefined): instruction is DockerInstruction =>
      instruction?.keyword === 'RUN' && instruction.heredocs.length === 0 && instruction.commands.length === 1;
    return {
      RUN(instruction: DockerInstruction) {
        const stage = instruction.stage;
        if (!stage || instruction.onbuild || !single(instruction)) return;
        // RUNs that already chain commands were split on purpose; only two one-command RUNs in a row are reported.
        const previous = stage.instructions[positionInStage(instruction) - 1];
        if (!single(previous) || flagsOf(previous) !== flagsOf(instruction)) return;
        context.report({ at: keywordAt(instruction), messageId: 'merge' });
      },
    };
  },
});
