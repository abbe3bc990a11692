import { defineRule } from '../../core/rule.js';
import type { DockerfileModel, DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

export default defineRule<DockerfileModel>({
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
          context.report({ at: textOf(context.model, instruction).command(command), messageId: 'apt', data: { action } });
        }
      },
    };
  },
});
