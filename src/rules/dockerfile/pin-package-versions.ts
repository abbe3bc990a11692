import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';
import { hasOption, isInstall, PACKAGE_MANAGERS, type PackageManager } from '../../domains/dockerfile/packages.js';

const ALL_MANAGERS: PackageManager[] = [...PACKAGE_MANAGERS];

export default defineRule({
  meta: {
    id: 'docker/pin-package-versions',
    domain: 'dockerfile',
    description:
      'Packages installed by name should carry a version (`curl=8.5.0-2`, `flask==3.0.2`, `left-pad@1.3.0`, `x@v1.2.3`).',
    category: 'best-practice',
    defaultSeverity: 'note',
    // Opt-in: pins in distribution packages break as soon as the mirror drops the old version.
    recommended: false,
    messages: {
      unpinned: '{{manager}} package "{{name}}" has no version: pin it (e.g. `{{example}}`) for reproducible builds.',
    },
    equivalents: {
      hadolint: ['DL3008', 'DL3013', 'DL3016', 'DL3018', 'DL3028', 'DL3033', 'DL3037', 'DL3041', 'DL3062'],
    },
    defaultOptions: { managers: ALL_MANAGERS },
    optionsSchema: {
      type: 'object',
      properties: { managers: { type: 'array', items: { enum: ALL_MANAGERS } } },
      additionalProperties: false,
    },
  },
  create(context) {
    const managers = new Set(context.options.managers as PackageManager[]);
    return {
      RUN(instruction: DockerInstruction) {
        for (const command of instruction.packages) {
          if (!managers.has(command.manager) || !isInstall(command)) continue;
          // A constraints file pins pip packages named on the command line.
          if (command.manager === 'pip' && hasOption(command, 'constraint', 'c')) continue;
          for (const operand of command.packages) {
            if (operand.pin !== 'none') continue;
            const at = textOf(context.model, instruction).arg(command.command, operand.argIndex);
            context.report({
              at,
              messageId: 'unpinned',
              data: { manager: command.manager, name: operand.name, example: example(command.manager, operand.name) },
            });
          }
        }
      },
    };
  },
});

function example(manager: PackageManager, name: string): string {
  switch (manager) {
    case 'pip':
      return `${name}==1.2.3`;
    case 'npm':
    case 'yarn':
    case 'pnpm':
      return `${name}@1.2.3`;
    case 'gem':
      return `${name}:1.2.3`;
    case 'go':
      return `${name}@v1.2.3`;
    case 'cargo':
      return `${name}@1.2.3`;
    case 'yum':
    case 'dnf':
    case 'microdnf':
      return `${name}-1.2.3`;
    default:
      return `${name}=1.2.3`;
  }
}
