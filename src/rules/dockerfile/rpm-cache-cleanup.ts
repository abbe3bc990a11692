import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import type { ShellCommand } from '../../domains/dockerfile/shell.js';
import { textOf } from './support/locate.js';
import { actionArgIndex, isInstall, packageCommands, type PackageManager } from './support/packages.js';
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

function cleans(manager: PackageManager, commands: ShellCommand[]): boolean {
  const cacheDir = CACHE_DIRS[manager]!;
  return commands.some(
    (command) =>
      (command.name === manager &&
        (command.args.includes('clean') || (manager === 'zypper' && command.args.includes('cc')))) ||
      (command.name === 'rm' &&
        command.args.some((arg) => arg.startsWith(cacheDir) || arg.startsWith('/var/cache/dnf'))),
  );
}

export default defineRule({
  meta: {
    id: 'docker/rpm-cache-cleanup',
    domain: 'dockerfile',
    description: '`yum`/`dnf`/`zypper install` in the shipped image must clean the package cache in the same RUN.',
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
        for (const command of packageCommands(instruction.commands)) {
          const cacheDir = CACHE_DIRS[command.manager];
          if (!cacheDir || !isInstall(command) || reported.has(command.manager)) continue;
          if (mountsOver(instruction, cacheDir) || cleans(command.manager, instruction.commands)) continue;
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
