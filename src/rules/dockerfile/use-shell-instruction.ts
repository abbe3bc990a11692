import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/use-shell-instruction',
    domain: 'dockerfile',
    description: 'Change the shell RUN uses with `SHELL`, not by replacing `/bin/sh`.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      symlink:
        'Replacing /bin/sh changes the shell of every script in the image, not only of the build: use `SHELL ["{{shell}}", "-c"]`.',
    },
    equivalents: { hadolint: ['DL4005'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        for (const command of instruction.commands) {
          if (command.name !== 'ln') continue;
          const operands = command.args.filter((arg) => !arg.startsWith('-'));
          if (operands.length !== 2 || !/^\/(?:usr\/)?bin\/sh$/.test(operands[1]!)) continue;
          const shell = operands[0]!;
          context.report({
            at: textOf(context.model, instruction).command(command),
            messageId: 'symlink',
            data: { shell },
          });
        }
      },
    };
  },
});
