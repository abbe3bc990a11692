import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { insertAfter } from './support/fixes.js';
import { textOf } from './support/locate.js';
import { actionArgIndex, hasOption } from '../../domains/dockerfile/packages.js';

/** Actions that ask for confirmation before changing packages. */
const PROMPTING = new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'remove', 'purge', 'autoremove']);

export default defineRule({
  meta: {
    id: 'docker/apt-get-assume-yes',
    domain: 'dockerfile',
    description: '`apt-get install` (and other changing actions) must answer the prompt with `-y`.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missingYes: '`{{manager}} {{action}}` without `-y` waits for a confirmation no build can give: add `-y`.',
    },
    equivalents: { hadolint: ['DL3014'], trivy: ['DS021'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        const { commands } = instruction;
        for (const command of instruction.packages) {
          if ((command.manager !== 'apt-get' && command.manager !== 'apt') || !PROMPTING.has(command.action)) continue;
          // `-qq` implies `-y`; `-o APT::Get::Assume-Yes=true` sets it too.
          if (hasOption(command, 'yes', 'y') || hasOption(command, 'assume-yes') || command.options.includes('-qq'))
            continue;
          if (command.options.some((option) => /Assume-Yes=(?:true|1|yes)/i.test(option))) continue;
          const previous = commands[commands.indexOf(command.command) - 1];
          if (previous?.name === 'yes' && previous.next === '|') continue;
          const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
          const fix = insertAfter(context.file, at, ' -y', 'add -y');
          context.report({
            at,
            messageId: 'missingYes',
            data: { manager: command.manager, action: command.action },
            fix,
          });
        }
      },
    };
  },
});
