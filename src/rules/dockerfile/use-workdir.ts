import { defineRule } from '../../core/rule.js';
import type { DockerfileModel, DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

export default defineRule<DockerfileModel>({
  meta: {
    id: 'docker/use-workdir',
    domain: 'dockerfile',
    description: 'Use `WORKDIR` rather than `cd` to an absolute directory in RUN.',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      cd: '`cd {{dir}}` lasts only for this RUN: set `WORKDIR {{dir}}` instead, so later instructions agree on the directory.',
    },
    equivalents: { hadolint: ['DL3003'], trivy: ['DS013'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        for (const command of instruction.commands) {
          const dir = command.args.find((arg) => !arg.startsWith('-'));
          // Relative targets (an unpacked source tree) and scratch space under /tmp are fine inside one RUN.
          if (command.name !== 'cd' || !dir || !dir.startsWith('/') || /^\/tmp(?:\/|$)/.test(dir)) continue;
          context.report({ at: textOf(context.model, instruction).command(command), messageId: 'cd', data: { dir } });
        }
      },
    };
  },
});
