import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';
import { actionArgIndex } from '../../domains/dockerfile/packages.js';
import { isShipped, mountsOver } from './support/stages.js';

const LISTS = '/var/lib/apt/lists';

export default defineRule({
  meta: {
    id: 'docker/apt-lists-cleanup',
    domain: 'dockerfile',
    description:
      'A RUN that runs `apt-get update` in the shipped image must delete `/var/lib/apt/lists/*` in the same RUN.',
    category: 'performance',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      lists:
        'The package lists `{{manager}} update` downloads stay in this layer: end the RUN with `rm -rf /var/lib/apt/lists/*` (or mount a cache there).',
    },
    equivalents: { hadolint: ['DL3009'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        if (!isShipped(context.model, instruction.stage)) return;
        if (mountsOver(instruction, LISTS)) return;
        const removesLists = instruction.commands.some(
          (command) => command.name === 'rm' && command.args.some((arg) => arg.startsWith(LISTS)),
        );
        if (removesLists) return;
        const update = instruction.packages.find(
          (command) => (command.manager === 'apt-get' || command.manager === 'apt') && command.action === 'update',
        );
        if (!update) return;
        const at = textOf(context.model, instruction).arg(update.command, actionArgIndex(update));
        context.report({ at, messageId: 'lists', data: { manager: update.manager } });
      },
    };
  },
});
