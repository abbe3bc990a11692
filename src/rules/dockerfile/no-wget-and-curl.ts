import { defineRule } from '../../core/rule.js';
import type { DockerInstruction, DockerStage } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/no-wget-and-curl',
    domain: 'dockerfile',
    description: 'A stage should download with either curl or wget, not both.',
    category: 'style',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      both: '`{{tool}}` is used here but this stage already uses `{{other}}` (line {{line}}): pick one and drop the other package.',
    },
    equivalents: { hadolint: ['DL4001'], trivy: ['DS014'] },
  },
  create(context) {
    const firstUse = new Map<DockerStage, { tool: string; line: number }>();
    return {
      RUN(instruction: DockerInstruction) {
        const stage = instruction.stage;
        if (!stage) return;
        for (const command of instruction.commands) {
          if (command.name !== 'curl' && command.name !== 'wget') continue;
          const first = firstUse.get(stage);
          if (!first) {
            firstUse.set(stage, { tool: command.name, line: instruction.span.line });
          } else if (first.tool !== command.name) {
            const at = textOf(context.model, instruction).command(command);
            context.report({
              at,
              messageId: 'both',
              data: { tool: command.name, other: first.tool, line: first.line },
            });
            return;
          }
        }
      },
    };
  },
});
