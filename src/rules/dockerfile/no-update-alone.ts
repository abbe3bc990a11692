import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';
import { actionArgIndex, type PackageManager } from '../../domains/dockerfile/packages.js';

/** The index refresh of each manager, which is only useful in the RUN that also installs. */
const REFRESH: Partial<Record<PackageManager, Set<string>>> = {
  'apt-get': new Set(['update']),
  apt: new Set(['update']),
  apk: new Set(['update']),
  yum: new Set(['makecache']),
  dnf: new Set(['makecache']),
  zypper: new Set(['refresh', 'ref']),
};

export default defineRule({
  meta: {
    id: 'docker/no-update-alone',
    domain: 'dockerfile',
    description: 'A package index refresh (`apt-get update`) must share its RUN with the install that needs it.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      alone:
        '`{{manager}} {{action}}` alone in a RUN is cached as its own layer, so later installs can use a stale index: join it to the install with `&&`.',
    },
    equivalents: { checkov: ['CKV_DOCKER_5'], trivy: ['DS017'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        const commands = instruction.packages;
        for (const command of commands) {
          if (!REFRESH[command.manager]?.has(command.action)) continue;
          const family = command.manager === 'apt' ? 'apt-get' : command.manager;
          const usesIt = commands.some(
            (other) =>
              other !== command &&
              (other.manager === 'apt' ? 'apt-get' : other.manager) === family &&
              !REFRESH[other.manager]?.has(other.action),
          );
          if (usesIt) continue;
          const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
          context.report({ at, messageId: 'alone', data: { manager: command.manager, action: command.action } });
        }
      },
    };
  },
});
