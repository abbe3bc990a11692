import type { ShellCommand } from '../../../domains/dockerfile/shell.js';
import { hasOption, readPackageCommand } from '../../../domains/dockerfile/packages.js';

/**
 * The ecosystem whose dependencies a command installs from a manifest (`npm ci`, `pip install -r`, `go mod download`,
 * …), or undefined. Installing named packages or the project itself (`pip install .`) needs no manifest ordering.
 */
export function dependencyEcosystem(command: ShellCommand): string | undefined {
  const read = readPackageCommand(command);
  if (read) {
    if (
      (read.manager === 'npm' || read.manager === 'pnpm') &&
      ['install', 'i', 'ci'].includes(read.action) &&
      read.packages.length === 0
    )
      return 'node';
    if (read.manager === 'yarn' && (read.action === '' || read.action === 'install')) return 'node';
    if (read.manager === 'pip' && read.action === 'install' && hasOption(read, 'requirement', 'r')) return 'python';
    return undefined;
  }
  const [first, second] = command.args;
  if ((command.name === 'poetry' || command.name === 'pipenv') && first === 'install') return 'python';
  if (command.name === 'uv' && first === 'sync') return 'python';
  if (command.name === 'bundle' && (first === 'install' || first === undefined)) return 'ruby';
  if (command.name === 'composer' && first === 'install') return 'php';
  if (command.name === 'go' && first === 'mod' && second === 'download') return 'go';
  if (command.name === 'cargo' && first === 'fetch') return 'rust';
  if (
    (command.name === 'mvn' || command.name === 'mvnw') &&
    command.args.some((arg) => /^dependency:(?:go-offline|resolve)/.test(arg))
  )
    return 'java';
  if (command.name === 'dotnet' && first === 'restore') return 'dotnet';
  return undefined;
}
