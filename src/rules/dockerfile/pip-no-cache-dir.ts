import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { insertAfter } from './support/fixes.js';
import { textOf } from './support/locate.js';
import { actionArgIndex, hasOption } from '../../domains/dockerfile/packages.js';
import { envValue, isShipped, mountsOver } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/pip-no-cache-dir',
    domain: 'dockerfile',
    description: '`pip install` in the shipped image should pass `--no-cache-dir`.',
    category: 'performance',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      cache:
        '`pip install` keeps its download cache in the layer: add `--no-cache-dir` (or mount a cache on /root/.cache/pip).',
    },
    equivalents: { hadolint: ['DL3042'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        const stage = instruction.stage;
        if (!stage || !isShipped(context.model, stage)) return;
        if (mountsOver(instruction, '/root/.cache/pip')) return;
        if (envValue(stage, 'PIP_NO_CACHE_DIR') !== undefined) return;
        for (const command of instruction.packages) {
          if (command.manager !== 'pip' || command.action !== 'install' || hasOption(command, 'no-cache-dir')) continue;
          const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
          context.report({
            at,
            messageId: 'cache',
            fix: insertAfter(context.file, at, ' --no-cache-dir', 'add --no-cache-dir'),
          });
        }
      },
    };
  },
});
