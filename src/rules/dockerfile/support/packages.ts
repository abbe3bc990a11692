import type { ShellCommand } from '../../../domains/dockerfile/shell.js';
import { derivedSlot } from './derived.js';

/**
 * Reads package-manager command lines (`apt-get install -y curl`, `pip install -r req.txt`, …) into the action, the
 * options and the packages, so rules about flags, pinning and clean-up share one reading of each tool's syntax.
 */
export type PackageManager =
  | 'apt-get'
  | 'apt'
  | 'apk'
  | 'yum'
  | 'dnf'
  | 'microdnf'
  | 'zypper'
  | 'pip'
  | 'npm'
  | 'yarn'
  | 'pnpm'
  | 'gem';

export interface PackageCommand {
  manager: PackageManager;
  command: ShellCommand;
  /** The subcommand (`install`, `add`, `update`, …); '' when there is none (bare `yarn`). */
  action: string;
  /** Options as written, values included (`-o`, `Dpkg::Options=…`). */
  options: string[];
  /** Operands after the action: package specs, local paths, archives. */
  packages: Operand[];
}

export interface Operand {
  value: string;
  /** Index into `command.args`, for locating it. */
  argIndex: number;
}

/** Options that take the next word as their value, per manager (the `--name=value` form needs no entry). */
const VALUE_OPTIONS: Record<PackageManager, Set<string>> = {
  'apt-get': new Set(['-o', '--option', '-t', '--target-release', '-c', '--config-file', '-a', '--host-architecture']),
  apt: new Set(['-o', '--option', '-t', '--target-release', '-c', '--config-file', '-a', '--host-architecture']),
  apk: new Set([
    '-X',
    '--repository',
    '-t',
    '--virtual',
    '-p',
    '--root',
    '--arch',
    '--cache-dir',
    '--keys-dir',
    '--repositories-file',
  ]),
  yum: new Set([
    '-c',
    '--config',
    '-x',
    '--exclude',
    '--installroot',
    '--releasever',
    '--enablerepo',
    '--disablerepo',
    '--setopt',
  ]),
  dnf: new Set([
    '-c',
    '--config',
    '-x',
    '--exclude',
    '--installroot',
    '--releasever',
    '--enablerepo',
    '--disablerepo',
    '--setopt',
    '--repo',
  ]),
  microdnf: new Set(['--config', '--installroot', '--releasever', '--enablerepo', '--disablerepo', '--setopt']),
  zypper: new Set(['-t', '--type', '-r', '--repo', '--from', '--root', '-R']),
  pip: new Set([
    '-r',
    '--requirement',
    '-c',
    '--constraint',
    '-e',
    '--editable',
    '-i',
    '--index-url',
    '--extra-index-url',
    '-f',
    '--find-links',
    '-t',
    '--target',
    '--prefix',
    '--root',
    '--trusted-host',
    '--platform',
    '--python-version',
    '--implementation',
    '--abi',
    '--src',
    '--cache-dir',
    '--progress-bar',
    '--log',
    '--proxy',
    '--retries',
    '--timeout',
    '--upgrade-strategy',
    '--no-binary',
    '--only-binary',
    '-C',
    '--config-settings',
    '--global-option',
    '--python',
  ]),
  npm: new Set([
    '--prefix',
    '--registry',
    '--cache',
    '-w',
    '--workspace',
    '--omit',
    '--include',
    '--tag',
    '--userconfig',
  ]),
  yarn: new Set(['--cwd', '--registry', '--cache-folder', '--modules-folder', '--network-timeout', '--mutex']),
  pnpm: new Set(['-C', '--dir', '--filter', '-F', '--registry', '--store-dir']),
  gem: new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '--platform']),
};

function managerOf(command: ShellCommand): { manager: PackageManager; args: string[]; offset: number } | undefined {
  const { name, args } = command;
  if (
    name === 'apt-get' ||
    name === 'apt' ||
    name === 'apk' ||
    name === 'yum' ||
    name === 'dnf' ||
    name === 'microdnf' ||
    name === 'zypper'
  ) {
    return { manager: name, args, offset: 0 };
  }
  if (name === 'npm' || name === 'yarn' || name === 'pnpm' || name === 'gem') return { manager: name, args, offset: 0 };
  if (/^pip(?:\d+(?:\.\d+)*)?$/.test(name)) return { manager: 'pip', args, offset: 0 };
  // `python3 -m pip install …`
  if (/^python(?:\d+(?:\.\d+)*)?$/.test(name) && args[0] === '-m' && /^pip\d*$/.test(args[1] ?? '')) {
    return { manager: 'pip', args: args.slice(2), offset: 2 };
  }
  return undefined;
}

export function readPackageCommand(command: ShellCommand): PackageCommand | undefined {
  const found = managerOf(command);
  if (!found) return undefined;
  const { manager, args, offset } = found;
  const valueOptions = VALUE_OPTIONS[manager];
  const options: string[] = [];
  const operands: Operand[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('-') && arg !== '-') {
      options.push(arg);
      if (valueOptions.has(arg) && i + 1 < args.length) options.push(args[++i]!);
    } else {
      operands.push({ value: arg, argIndex: i + offset });
    }
  }
  const [action, ...packages] = operands;
  return { manager, command, action: action?.value ?? '', options, packages };
}

const packageCommandsCache = derivedSlot<ShellCommand[], PackageCommand[]>('package commands');

/** Every package-manager command of a RUN (read once per RUN; a dozen rules ask). */
export function packageCommands(commands: ShellCommand[]): PackageCommand[] {
  let reads = packageCommandsCache.get(commands);
  if (!reads) {
    reads = commands.flatMap((command) => {
      const read = readPackageCommand(command);
      return read ? [read] : [];
    });
    packageCommandsCache.set(commands, reads);
  }
  return reads.slice();
}

const INSTALL_ACTIONS: Record<PackageManager, Set<string>> = {
  'apt-get': new Set(['install']),
  apt: new Set(['install']),
  apk: new Set(['add']),
  yum: new Set(['install', 'groupinstall', 'localinstall']),
  dnf: new Set(['install', 'groupinstall']),
  microdnf: new Set(['install']),
  zypper: new Set(['install', 'in']),
  pip: new Set(['install']),
  npm: new Set(['install', 'i', 'add', 'ci']),
  yarn: new Set(['', 'install', 'add']),
  pnpm: new Set(['install', 'i', 'add']),
  gem: new Set(['install']),
};

export function isInstall(command: PackageCommand): boolean {
  return INSTALL_ACTIONS[command.manager].has(command.action);
}

/** True when the options contain `--long`, `--long=…`, or the short letter (alone or bundled, `-qy`). */
export function hasOption(command: PackageCommand, long: string | undefined, short?: string): boolean {
  return command.options.some(
    (option) =>
      (long !== undefined && (option === `--${long}` || option.startsWith(`--${long}=`))) ||
      (short !== undefined && /^-[A-Za-z]+$/.test(option) && option.slice(1).includes(short)),
  );
}

/** The `argIndex` of the action word, for locating it. */
export function actionArgIndex(command: PackageCommand): number {
  if (command.action === '') return -1;
  return command.command.args.indexOf(command.action);
}
