import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { insertAfter } from './support/fixes.js';
import { textOf } from './support/locate.js';

/** `/var/log/lastlog` and `faillog` are sparse files sized by UID; layers store them in full. */
const LARGE_UID = 100000;

export default defineRule({
  meta: {
    id: 'docker/useradd-no-log-init',
    domain: 'dockerfile',
    description: '`useradd` with a large UID needs `-l` (`--no-log-init`), or the image grows by gigabytes.',
    category: 'performance',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      logInit:
        '`useradd -u {{uid}}` without `-l` writes a lastlog file sized by the UID into the layer: add `--no-log-init`.',
    },
    equivalents: { hadolint: ['DL3046'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        for (const command of instruction.commands) {
          if (command.name !== 'useradd') continue;
          const { args } = command;
          if (args.some((arg) => arg === '--no-log-init' || /^-[A-Za-z]*l[A-Za-z]*$/.test(arg))) continue;
          const index = args.findIndex((arg) => arg === '-u' || arg === '--uid' || arg.startsWith('--uid='));
          if (index === -1) continue;
          const uid = args[index]!.startsWith('--uid=') ? args[index]!.slice(6) : args[index + 1];
          if (!uid || !/^\d+$/.test(uid) || Number(uid) < LARGE_UID) continue;
          const text = textOf(context.model, instruction);
          const fix = insertAfter(context.file, text.command(command), ' --no-log-init', 'add --no-log-init');
          context.report({ at: text.arg(command, index), messageId: 'logInit', data: { uid }, fix });
        }
      },
    };
  },
});
