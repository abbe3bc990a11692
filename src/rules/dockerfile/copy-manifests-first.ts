import { defineRule } from '../../core/rule.js';
import type { DockerInstruction, DockerStage } from '../../domains/dockerfile/index.js';
import { copiesWholeContext, copySources } from './support/copy.js';
import { dependencyEcosystem } from './support/dependencies.js';
import { textOf } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/copy-manifests-first',
    domain: 'dockerfile',
    description: 'Copy dependency manifests and install dependencies before copying the whole source tree.',
    category: 'performance',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      order:
        '`{{copy}}` comes before `{{install}}` (line {{line}}), so any code change re-runs the install: copy the manifests first, install, then copy the rest.',
    },
  },
  create(context) {
    return {
      stage(stage: DockerStage) {
        /** Ecosystems installed before the whole tree was copied: a later install of them is a second, cheap step. */
        const installedEarly = new Set<string>();
        let copyAll: DockerInstruction | undefined;
        for (const instruction of stage.instructions) {
          if (
            !copyAll &&
            (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') &&
            copiesWholeContext(instruction)
          ) {
            copyAll = instruction;
            continue;
          }
          if (instruction.keyword !== 'RUN') continue;
          for (const command of instruction.commands) {
            const ecosystem = dependencyEcosystem(command);
            if (!ecosystem) continue;
            if (!copyAll) {
              installedEarly.add(ecosystem);
            } else if (!installedEarly.has(ecosystem)) {
              const source = copySources(copyAll).find((each) => /^(?:\.\/?|\.\/\*|\*)$/.test(each))!;
              const copy = `${copyAll.keyword} ${source} ${copyAll.args.split(/\s+/).pop()}`;
              const install = [command.name, ...command.args.slice(0, 1)].join(' ');
              const at = textOf(context.model, copyAll).word(source);
              context.report({ at, messageId: 'order', data: { copy, install, line: instruction.span.line } });
              return;
            }
          }
        }
      },
    };
  },
});
