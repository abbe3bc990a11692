import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { hasFlag } from '../../domains/dockerfile/shell.js';
import { textOf } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/wget-progress',
    domain: 'dockerfile',
    description: '`wget` in RUN should set `--progress` or be quiet, or a large download floods the build log.',
    category: 'style',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      progress:
        '`wget` without `--progress` prints a progress line per few kilobytes into the build log: add `--progress=dot:giga`, or `-q`/`-nv`.',
    },
    equivalents: { hadolint: ['DL3047'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        const text = textOf(context.model, instruction);
        for (const command of instruction.commands) {
          if (command.name !== 'wget') continue;
          const { args } = command;
          // Quiet, non-verbose, or the log written to a file: nothing floods the build output.
          if (hasFlag(args, 'progress') || hasFlag(args, 'quiet') || hasFlag(args, 'no-verbose')) continue;
          // `-q` alone or bundled, also with an option value glued on (`-qO-`).
          if (args.some((arg) => /^-[A-Za-z]*q/.test(arg))) continue;
          if (args.includes('-nv') || hasFlag(args, 'output-file', 'o') || hasFlag(args, 'append-output', 'a'))
            continue;
          context.report({ at: text.command(command), messageId: 'progress' });
        }
      },
    };
  },
});
