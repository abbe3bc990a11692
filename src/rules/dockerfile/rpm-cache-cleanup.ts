import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import type { ShellCommand } from '../../domains/dockerfile/shell.js';
import { textOf } from './support/locate.js';
import { actionArgIndex, managerFamily, type PackageManager } from '../../domains/dockerfile/packages.js';
import { isShipped, mountsOver } from './support/stages.js';

const CACHE_DIRS: Partial<Record<PackageManager, string>> = {
  yum: '/var/cache/yum',
  dnf: '/var/cache/dnf',
  microdnf: '/var/cache/yum',
  zypper: '/var/cache/zypp',
};
const CLEAN_HINT: Partial<Record<PackageManager, string>> = {
  yum: 'yum clean all',
  dnf: 'dnf clean all',
  microdnf: 'microdnf clean all',
  zypper: 'zypper clean --all',
};

/** True when a command after position `from` cleans the cache `manager` filled (yum, dnf and microdnf share one). */
function cleans(instruction: DockerInstruction, manager: PackageManager, after: ShellCommand): boolean {
  const cacheDir = CACHE_DIRS[manager]!;
  const family = managerFamily(manager);
  const rest = instruction.commands.slice(instruction.commands.indexOf(after) + 1);
  return (
    instruction.packages.some(
      (command) =>
        command.step === 'clean' && managerFamily(command.manager) === family && rest.includes(command.command),
    ) ||
    rest.some(
      (command) =>
        command.name === 'rm' &&
        command.args.some((arg) => arg.startsWith(cacheDir) || arg.startsWith('/var/cache/dnf')),
    )
  );
}

export default defineRule({
  meta: {
    id: 'docker/rpm-cache-cleanup',
    domain: 'dockerfile',
    description:
      '`yum`/`dnf`/`microdnf`/`zypper` installs and upgrades in the shipped image must clean the cache after them.',
    category: 'performance',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      clean: 'The `{{manager}}` cache stays in this layer: end the RUN with `{{hint}}`.',
    },
    equivalents: { hadolint: ['DL3032', 'DL3036', 'DL3040'], trivy: ['DS015', 'DS019', 'DS020', 'DS027'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        if (!isShipped(context.model, instruction.stage)) return;
        const reported = new Set<PackageManager>();
        for (const command of instruction.packages) {
          const cacheDir = CACHE_DIRS[command.manager];
          // Installs and upgrades both download packages and metadata into the cache.
          if (!cacheDir || (command.step !== 'install' && command.step !== 'upgrade')) continue;
          if (reported.has(command.manager)) continue;
          if (mountsOver(instruction, cacheDir) || cleans(instruction, command.manager, command.command)) continue;
          reported.add(command.manager);
          const at = textOf(context.model, instruction).arg(command.command, actionArgIndex(command));
          context.report({
            at,
            messageId: 'clean',
            data: { manager: command.manager, hint: CLEAN_HINT[command.manager]! },
          });
        }
      },
    };
  },
});
