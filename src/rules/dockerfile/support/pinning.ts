import type { PackageCommand } from './packages.js';

/** True for operands that are files, URLs or directories rather than names from a registry. */
export function isLocalOrUrl(spec: string): boolean {
  return (
    /^(?:\.|\/|~|\$|[a-z+]+:\/\/|git\+|git@|file:)/i.test(spec) ||
    /\.(?:deb|rpm|apk|whl|tar\.gz|tgz|zip|gem)$/i.test(spec)
  );
}

/** Whether one package operand names an exact (or bounded) version, by each manager's syntax. */
export function isPinned(command: PackageCommand, spec: string): boolean {
  switch (command.manager) {
    case 'apt-get':
    case 'apt':
      return /^[^=]+=.+/.test(spec);
    case 'apk':
      return /^[^=~<>]+[=~<>]/.test(spec);
    case 'pip':
      return /(?:==|~=|>=|<=|!=|===|<|>)/.test(spec) || /@\s*\S/.test(spec);
    case 'npm':
    case 'yarn':
    case 'pnpm':
      // `@scope/name@1.2.3` or `name@1.2.3`; a bare `@scope/name` is not pinned.
      return /^(?:@[^/]+\/)?[^@]+@.+$/.test(spec);
    case 'gem':
      return /:\S+/.test(spec) || command.options.some((option) => option === '-v' || option.startsWith('--version'));
    case 'yum':
    case 'dnf':
    case 'microdnf':
      // `name-1.2.3`, `name-1.2.3-4.el9`: a dash followed by a digit.
      return /-\d/.test(spec) || spec.startsWith('@');
    case 'zypper':
      return /[=<>]/.test(spec) || /-\d/.test(spec);
  }
}
