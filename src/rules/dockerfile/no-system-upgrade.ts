import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { actionArgIndex, type PackageManager } from '../../domains/dockerfile/packages.js';
import { textOf } from './support/locate.js';

/** System package managers; `npm update` and friends move a project's dependencies, which is another question. */
const SYSTEM: ReadonlySet<PackageManager> = new Set(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper']);
/** Whole-release moves, reported by docker/no-dist-upgrade instead. */
const DIST_UPGRADES = new Set(['dist-upgrade', 'full-upgrade', 'dup', 'distro-sync', 'dsync']);

export default defineRule({
  meta: {
    id: 'docker/no-system-upgrade',
    domain: 'dockerfile',
    description:
      'No upgrade of every installed package (`apk upgrade`, `yum update`, `dnf upgrade`) inside an image build.',
    category: 'best-practice',
    defaultSeverity: 'note',
    // Opt-in: upgrading in the build is how many teams get security fixes the base image has not shipped yet.
    recommended: false,
    messages: {
      upgrade:
        '`{{manager}} {{action}}` upgrades every package, so the image depends on the day it was built: take a newer base image, or upgrade the packages you need by name.',
    },
    equivalents: { hadolint: ['DL3017', 'DL3031', 'DL3039'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        for (const command of instruction.packages) {
          if (!SYSTEM.has(command.manager) || command.step !== 'upgrade' || DIST_UPGRADES.has(command.action)) continue;
          // `dnf upgrade openssl` picks the packages; only a bare upgrade moves everything.
          if (command.packages.length > 0) continue;
          const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
          context.report({ at, messageId: 'upgrade', data: { manager: command.manager, action: command.action } });
        }
      },
    };
  },
});
