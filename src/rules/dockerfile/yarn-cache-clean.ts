import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';
import { actionArgIndex, hasOption, isInstall } from '../../domains/dockerfile/packages.js';
import { isShipped } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/yarn-cache-clean',
    domain: 'dockerfile',
    description: '`yarn install` in the shipped image should be followed by `yarn cache clean` in the same RUN.',
    category: 'performance',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      cache:
        '`yarn {{action}}` leaves its package cache in the layer: end the RUN with `yarn cache clean` (or mount a cache for it).',
    },
    equivalents: { hadolint: ['DL3060'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        if (!isShipped(context.model, instruction.stage)) return;
        // Any cache mount that names yarn is where the cache goes instead of the layer.
        if (
          instruction.flags.some(
            (flag) => flag.name === 'mount' && /type=cache/.test(flag.value ?? '') && /yarn/.test(flag.value ?? ''),
          )
        )
          return;
        const commands = instruction.packages;
        // The last install decides: a `yarn cache clean` before it leaves the cache that install fills.
        const install = commands.findLast(
          (command) => command.manager === 'yarn' && isInstall(command) && !hasOption(command, 'cache-folder'),
        );
        if (!install) return;
        const after = commands.slice(commands.indexOf(install) + 1);
        if (after.some((command) => command.manager === 'yarn' && command.step === 'clean')) return;
        const at = textOf(context.model, instruction).arg(install.command, actionArgIndex(install));
        context.report({ at, messageId: 'cache', data: { action: install.action || 'install' } });
      },
    };
  },
});
