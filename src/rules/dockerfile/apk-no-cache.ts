import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { insertAfter } from './support/fixes.js';
import { textOf } from './support/locate.js';
import { actionArgIndex, hasOption } from '../../domains/dockerfile/packages.js';
import { isShipped, mountsOver } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/apk-no-cache',
    domain: 'dockerfile',
    description: '`apk add` in the shipped image should pass `--no-cache`.',
    category: 'performance',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      noCache: '`apk add` keeps the package index in the layer: use `apk add --no-cache` (and drop `apk update`).',
    },
    equivalents: { hadolint: ['DL3019'], trivy: ['DS025'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        if (!isShipped(context.model, instruction.stage)) return;
        if (mountsOver(instruction, '/var/cache/apk') || mountsOver(instruction, '/etc/apk/cache')) return;
        const cleansCache = instruction.commands.some(
          (command) =>
            (command.name === 'rm' && command.args.some((arg) => arg.startsWith('/var/cache/apk'))) ||
            (command.name === 'apk' && command.args.includes('cache') && command.args.includes('clean')),
        );
        if (cleansCache) return;
        for (const command of instruction.packages) {
          if (command.manager !== 'apk' || command.action !== 'add' || hasOption(command, 'no-cache')) continue;
          const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
          context.report({
            at,
            messageId: 'noCache',
            fix: insertAfter(context.file, at, ' --no-cache', 'add --no-cache'),
          });
        }
      },
    };
  },
});
