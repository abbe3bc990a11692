import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { replaceWith } from './support/fixes.js';
import { textOf } from './support/locate.js';

const SAME_IN_APT_GET = new Set(['install', 'update', 'upgrade', 'remove', 'purge', 'autoremove', 'dist-upgrade']);

export default defineRule({
  meta: {
    id: 'docker/use-apt-get',
    domain: 'dockerfile',
    description: 'Scripts should call `apt-get`, not `apt`, whose command line is meant for people and may change.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      apt: '`apt` warns that its interface is unstable in scripts: use `apt-get {{action}}` (or `apt-cache`).',
    },
    equivalents: { hadolint: ['DL3027'], checkov: ['CKV_DOCKER_9'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        for (const command of instruction.commands) {
          if (command.name !== 'apt') continue;
          const action = command.args.find((arg) => !arg.startsWith('-')) ?? 'install';
          const at = textOf(context.model, instruction).command(command);
          // Only actions apt-get has under the same name can be renamed in place.
          const fix = SAME_IN_APT_GET.has(action) ? replaceWith(context.file, at, 'apt-get', 'use apt-get') : undefined;
          context.report({ at, messageId: 'apt', data: { action }, ...(fix ? { fix } : {}) });
        }
      },
    };
  },
});
