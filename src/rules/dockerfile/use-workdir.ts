import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

export default defineRule({
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
        const { commands } = instruction;
        const cds = commands.filter((command) => command.name === 'cd');
        // Several `cd`s (there and back again) are a deliberate detour inside one RUN.
        if (cds.length !== 1) return;
        const command = cds[0]!;
        const dir = command.args.find((arg) => !arg.startsWith('-'));
        // Relative targets (an unpacked source tree), `/`, and scratch space under /tmp are fine inside one RUN.
        if (!dir?.startsWith('/') || dir === '/' || /^\/tmp(?:\/|$)/.test(dir)) return;
        // A directory the same RUN creates or deletes is temporary: WORKDIR would keep it.
        const temporary = commands.some(
          (each) =>
            (each.name === 'mkdir' || each.name === 'rm') &&
            each.args.some((arg) => arg.replace(/\/+$/, '') === dir.replace(/\/+$/, '')),
        );
        if (temporary) return;
        context.report({ at: textOf(context.model, instruction).command(command), messageId: 'cd', data: { dir } });
      },
    };
  },
});
