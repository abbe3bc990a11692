import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { insertAfter } from './support/fixes.js';
import { textOf } from './support/locate.js';
import { actionArgIndex, hasOption } from '../../domains/dockerfile/packages.js';
import { carriedFact, isShipped } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/apt-no-install-recommends',
    domain: 'dockerfile',
    description: '`apt-get install` in the shipped image should pass `--no-install-recommends`.',
    category: 'performance',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      recommends:
        '`{{manager}} install` also installs "recommended" packages: add `--no-install-recommends` to keep the image small.',
    },
    equivalents: { hadolint: ['DL3015'], trivy: ['DS029'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        // Builder stages are thrown away: their size does not matter.
        if (!isShipped(context.model, instruction.stage)) return;
        for (const command of instruction.packages) {
          if ((command.manager !== 'apt-get' && command.manager !== 'apt') || command.action !== 'install') continue;
          if (hasOption(command, 'no-install-recommends')) continue;
          if (command.options.some((option) => /Install-Recommends=(?:false|0|no)/i.test(option))) continue;
          if (disabledInConfig(instruction)) continue;
          const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
          // Unsafe: the image may rely on a package that was only recommended.
          const fix = insertAfter(context.file, at, ' --no-install-recommends', 'add --no-install-recommends', false);
          context.report({ at, messageId: 'recommends', data: { manager: command.manager }, fix });
        }
      },
    };
  },
});

/** An earlier RUN that writes `APT::Install-Recommends "false"` into apt's configuration turns them off for good. */
const recommendsOff = carriedFact(
  'apt recommends off',
  false,
  (off, instruction) =>
    off || (instruction.keyword === 'RUN' && /Install-Recommends\W+(?:false|0)/i.test(instruction.args)),
);

function disabledInConfig(instruction: DockerInstruction): boolean {
  return recommendsOff.before(instruction);
}
