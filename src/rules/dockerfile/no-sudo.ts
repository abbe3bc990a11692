import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/no-sudo',
    domain: 'dockerfile',
    description: 'RUN commands must not use `sudo`; switch users with `USER` instead.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 4.0,
    messages: {
      sudo: '`sudo` in a build needs sudo installed and a sudoers entry that outlives the build: run the step before `USER`, or switch with `USER root`.',
    },
    equivalents: { hadolint: ['DL3004'], checkov: ['CKV2_DOCKER_1'], trivy: ['DS010'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        const text = textOf(context.model, instruction);
        for (const command of instruction.commands) {
          const index = command.words.findIndex((word) => word === 'sudo' || word.endsWith('/sudo'));
          if (index === -1 || !(command.wrappers.includes('sudo') || command.name === 'sudo')) continue;
          const offset = text.wordOffsets(command)[index] ?? -1;
          context.report({ at: text.at(offset, command.words[index]!.length), messageId: 'sudo' });
        }
      },
    };
  },
});
