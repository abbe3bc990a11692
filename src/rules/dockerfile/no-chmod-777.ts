import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { flagAt, textOf } from './support/locate.js';
import { isShipped } from './support/stages.js';

/**
 * True when a mode lets everyone write. The sticky bit (`1777`, `+t`) is how shared directories such as /tmp are
 * meant to be world-writable, so it is accepted.
 */
function isWorldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const others = Number(mode[mode.length - 1]);
    const sticky = mode.length === 4 && (Number(mode[0]) & 1) === 1;
    return (others & 2) === 2 && !sticky;
  }
  // Symbolic: `o+w`, `a=rwx`; a clause without `o`/`a` (`+w`) is filtered by the umask and stays private.
  return mode.split(',').some((clause) => {
    const parsed = /^([ugoa]*)[+=]([rwxXst]*)$/.exec(clause);
    return parsed !== null && /[oa]/.test(parsed[1]!) && parsed[2]!.includes('w') && !parsed[2]!.includes('t');
  });
}

export default defineRule({
  meta: {
    id: 'docker/no-chmod-777',
    domain: 'dockerfile',
    description: 'Files in the shipped image must not be world-writable (`chmod 777`, `o+w`, `--chmod=777`).',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.5,
    messages: {
      worldWritable:
        'Mode {{mode}} lets any user in the container rewrite these files: grant write access to the owner only (e.g. 755 or 644).',
    },
  },
  create(context) {
    const copy = (instruction: DockerInstruction): void => {
      const mode = instruction.flags.find((flag) => flag.name === 'chmod')?.value;
      if (mode && isShipped(context.model, instruction.stage) && isWorldWritable(mode)) {
        context.report({ at: flagAt(instruction, 'chmod')!, messageId: 'worldWritable', data: { mode } });
      }
    };
    return {
      COPY: copy,
      ADD: copy,
      RUN(instruction: DockerInstruction) {
        if (!isShipped(context.model, instruction.stage)) return;
        for (const command of instruction.commands) {
          if (command.name !== 'chmod') continue;
          const index = command.args.findIndex((arg) => !/^-[A-Za-z]+$/.test(arg) && !arg.startsWith('--'));
          const mode = command.args[index];
          if (mode === undefined || !isWorldWritable(mode)) continue;
          // A scratch directory the same RUN deletes again never reaches the image.
          const targets = command.args.slice(index + 1).filter((arg) => !arg.startsWith('-'));
          const removed = new Set(
            instruction.commands.filter((each) => each.name === 'rm').flatMap((each) => each.args),
          );
          if (targets.length > 0 && targets.every((target) => removed.has(target))) continue;
          context.report({
            at: textOf(context.model, instruction).arg(command, index),
            messageId: 'worldWritable',
            data: { mode },
          });
        }
      },
    };
  },
});
