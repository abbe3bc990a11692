import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';
import { actionArgIndex } from '../../domains/dockerfile/packages.js';

/** Whole-distribution upgrades; a plain `apt-get upgrade` (security fixes within the release) is not flagged. */
const DIST_UPGRADES: Record<string, Set<string>> = {
  'apt-get': new Set(['dist-upgrade', 'full-upgrade']),
  apt: new Set(['dist-upgrade', 'full-upgrade']),
  zypper: new Set(['dist-upgrade', 'dup']),
};

export default defineRule({
  meta: {
    id: 'docker/no-dist-upgrade',
    domain: 'dockerfile',
    description: 'No distribution upgrades (`apt-get dist-upgrade`, `zypper dist-upgrade`) inside an image build.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      distUpgrade:
        "`{{manager}} {{action}}` can move the image to another release behind the base tag's back: use a newer base image instead.",
    },
    equivalents: { hadolint: ['DL3005', 'DL3035'], trivy: ['DS024'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        for (const command of instruction.packages) {
          if (!DIST_UPGRADES[command.manager]?.has(command.action)) continue;
          const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
          context.report({ at, messageId: 'distUpgrade', data: { manager: command.manager, action: command.action } });
        }
      },
    };
  },
});
