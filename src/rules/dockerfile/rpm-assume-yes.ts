import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';
import { actionArgIndex, hasOption, type PackageCommand } from '../../domains/dockerfile/packages.js';

const YUM_PROMPTING = new Set([
  'install',
  'groupinstall',
  'localinstall',
  'update',
  'upgrade',
  'remove',
  'erase',
  'reinstall',
  'downgrade',
]);
const ZYPPER_PROMPTING = new Set(['install', 'in', 'remove', 'rm', 'update', 'up', 'patch', 'dist-upgrade', 'dup']);

/** True when the command would stop at a confirmation prompt. (`microdnf` never asks.) */
function prompts(command: PackageCommand): boolean {
  if (command.manager === 'yum' || command.manager === 'dnf') {
    return YUM_PROMPTING.has(command.action) && !hasOption(command, 'assumeyes', 'y');
  }
  if (command.manager === 'zypper') {
    // `zypper -n install` (global) or `zypper install -y` both answer for us.
    return (
      ZYPPER_PROMPTING.has(command.action) &&
      !hasOption(command, 'non-interactive', 'n') &&
      !hasOption(command, 'no-confirm', 'y')
    );
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'docker/rpm-assume-yes',
    domain: 'dockerfile',
    description: '`yum`, `dnf` and `zypper` commands that change packages must not wait for a confirmation.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missingYes: '`{{manager}} {{action}}` asks for a confirmation the build cannot give: add `{{flag}}`.',
    },
    equivalents: { hadolint: ['DL3030', 'DL3034', 'DL3038'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        for (const command of instruction.packages) {
          if (!prompts(command)) continue;
          const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
          const flag = command.manager === 'zypper' ? '-n' : '-y';
          context.report({
            at,
            messageId: 'missingYes',
            data: { manager: command.manager, action: command.action, flag },
          });
        }
      },
    };
  },
});
