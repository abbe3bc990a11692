import type { ShellCommand } from './shell.js';

/**
 * The package-manager model of a RUN: each package-manager command read into its manager, subcommand, options,
 * packages with their version pins, and what kind of step it is (install, upgrade, index refresh, cache clean-up).
 * Every rule about flags, pinning and clean-up reads this one model, so each manager's syntax is known in one place.
 */
export const PACKAGE_MANAGERS = [
  'apt-get',
  'apt',
  'apk',
  'yum',
  'dnf',
  'microdnf',
  'zypper',
  'pip',
  'npm',
  'yarn',
  'pnpm',
  'gem',
  'go',
  'cargo',
] as const;
export type PackageManager = (typeof PACKAGE_MANAGERS)[number];

/**
 * What a command does with packages: `install` adds named packages (or a manifest's), `upgrade` moves installed
 * ones to newer versions, `refresh` downloads the package index, `clean` empties the manager's cache, `remove`
 * uninstalls; anything else is `other`.
 */
export type PackageStep = 'install' | 'upgrade' | 'refresh' | 'clean' | 'remove' | 'other';

/**
 * How an operand names its version: `exact` (`curl=8.5.0-1`, `flask==3.0.2`, `left-pad@1.3.0`, `rails -v 7.1.3`,
 * `go install x@v1.2.3`), `range` (`flask>=3`, `git~2.45`, `^1.2`), `none`, or `local` (a file, a URL, a directory:
 * nothing to pin in a registry).
 */
export type PinKind = 'exact' | 'range' | 'none' | 'local';

export interface PackageOperand {
  /** As written (`curl=8.5.0-1`). */
  value: string;
  /** The package name without its version (`curl`). */
  name: string;
  /** The version or constraint as written after the name, if any. */
  version: string | undefined;
  pin: PinKind;
  /** Index into `command.args`, for locating it. */
  argIndex: number;
}

export interface PackageCommand {
  manager: PackageManager;
  command: ShellCommand;
  /** The subcommand (`install`, `add`, `update`, …); '' when there is none (bare `yarn`). */
  action: string;
  step: PackageStep;
  /** Options as written, values included (`-o`, `Dpkg::Options=…`). */
  options: string[];
  /** Operands after the action: package specs, local paths, archives. */
  packages: PackageOperand[];
}

const APT_VALUES = ['-o', '--option', '-t', '--target-release', '-c', '--config-file', '-a', '--host-architecture'];
const RPM_VALUES = [
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
];

/** Options that take the next word as their value, per manager (the `--name=value` form needs no entry). */
const VALUE_OPTIONS: Record<PackageManager, Set<string>> = {
  'apt-get': new Set(APT_VALUES),
  apt: new Set(APT_VALUES),
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
  yum: new Set(RPM_VALUES),
  dnf: new Set(RPM_VALUES),
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
  go: new Set(['-o', '-C', '-p', '-tags', '-ldflags', '-gcflags', '-asmflags', '-mod', '-modfile', '-pkgdir']),
  cargo: new Set([
    '--version',
    '--vers',
    '--git',
    '--branch',
    '--tag',
    '--rev',
    '--path',
    '--root',
    '--index',
    '--registry',
    '-j',
    '--jobs',
    '--features',
    '-F',
    '--target',
    '--target-dir',
    '--profile',
    '--bin',
    '--example',
    '--config',
    '-Z',
  ]),
};

const RPM_MANAGERS: ReadonlySet<PackageManager> = new Set(['yum', 'dnf', 'microdnf']);
const SIMPLE_MANAGERS: ReadonlySet<string> = new Set(PACKAGE_MANAGERS.filter((name) => name !== 'pip'));

function managerOf(command: ShellCommand): { manager: PackageManager; args: string[]; offset: number } | undefined {
  const { name, args } = command;
  if (SIMPLE_MANAGERS.has(name)) {
    // `go` and `cargo` are package managers only for their install subcommands; `go build` installs nothing.
    if ((name === 'go' || name === 'cargo') && !args.includes('install')) return undefined;
    return { manager: name as PackageManager, args, offset: 0 };
  }
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
  const operands: { value: string; argIndex: number }[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('-') && arg !== '-') {
      options.push(arg);
      if (valueOptions.has(arg) && i + 1 < args.length) options.push(args[++i]!);
    } else {
      operands.push({ value: arg, argIndex: i + offset });
    }
  }
  // `yarn global add pm2` is `yarn add` for the global folder; `dnf module install nodejs:20` and
  // `yum group install "Development Tools"` install a module stream or a group.
  let unit: 'module' | 'group' | undefined;
  if (manager === 'yarn' && operands[0]?.value === 'global' && operands.length > 1) operands.shift();
  else if (RPM_MANAGERS.has(manager) && operands.length > 1 && /^(?:module|groups?)$/.test(operands[0]!.value)) {
    unit = operands.shift()!.value === 'module' ? 'module' : 'group';
  }
  const [first, ...rest] = operands;
  const action = first?.value ?? '';
  const partial = { manager, command, action, options };
  const packages = rest.map(({ value, argIndex }) => ({ value, argIndex, ...readPin(partial, value, unit) }));
  return { ...partial, step: stepOf(manager, action, rest[0]?.value), packages };
}

/** Every package-manager command among a RUN's commands, in order. */
export function readPackageCommands(commands: ShellCommand[]): PackageCommand[] {
  const reads: PackageCommand[] = [];
  for (const command of commands) {
    const read = readPackageCommand(command);
    if (read) reads.push(read);
  }
  return reads;
}

const STEPS: Record<PackageManager, Partial<Record<PackageStep, string[]>>> = {
  'apt-get': {
    install: ['install'],
    upgrade: ['upgrade', 'dist-upgrade', 'full-upgrade'],
    refresh: ['update'],
    clean: ['clean', 'autoclean'],
    remove: ['remove', 'purge', 'autoremove'],
  },
  apt: {
    install: ['install'],
    upgrade: ['upgrade', 'dist-upgrade', 'full-upgrade'],
    refresh: ['update'],
    clean: ['clean', 'autoclean'],
    remove: ['remove', 'purge', 'autoremove'],
  },
  apk: { install: ['add'], upgrade: ['upgrade'], refresh: ['update'], remove: ['del'] },
  yum: {
    install: ['install', 'groupinstall', 'localinstall', 'reinstall'],
    upgrade: ['update', 'upgrade', 'distro-sync', 'update-minimal', 'upgrade-minimal'],
    refresh: ['makecache'],
    clean: ['clean'],
    remove: ['remove', 'erase', 'autoremove'],
  },
  dnf: {
    install: ['install', 'in', 'groupinstall', 'reinstall'],
    upgrade: ['update', 'upgrade', 'up', 'distro-sync', 'dsync', 'upgrade-minimal', 'update-minimal'],
    refresh: ['makecache', 'mc'],
    clean: ['clean'],
    remove: ['remove', 'rm', 'erase', 'autoremove'],
  },
  microdnf: {
    install: ['install', 'reinstall'],
    upgrade: ['update', 'upgrade', 'distro-sync'],
    refresh: ['makecache'],
    clean: ['clean'],
    remove: ['remove', 'autoremove'],
  },
  zypper: {
    install: ['install', 'in'],
    upgrade: ['update', 'up', 'dist-upgrade', 'dup', 'patch'],
    refresh: ['refresh', 'ref'],
    clean: ['clean', 'cc'],
    remove: ['remove', 'rm'],
  },
  pip: { install: ['install'], remove: ['uninstall'] },
  npm: { install: ['install', 'i', 'add', 'ci', 'isntall', 'in'], upgrade: ['update', 'up'], remove: ['uninstall'] },
  yarn: { install: ['', 'install', 'add'], upgrade: ['upgrade', 'up'], remove: ['remove'] },
  pnpm: { install: ['install', 'i', 'add'], upgrade: ['update', 'up'], remove: ['remove', 'rm'] },
  gem: { install: ['install', 'i'], upgrade: ['update'], clean: ['cleanup'], remove: ['uninstall'] },
  go: { install: ['install'] },
  cargo: { install: ['install'] },
};

/** Subcommand → step, per manager, built once from STEPS. */
const STEP_OF = new Map<PackageManager, Map<string, PackageStep>>(
  PACKAGE_MANAGERS.map((manager) => [
    manager,
    new Map(
      Object.entries(STEPS[manager]).flatMap(([step, actions]) =>
        actions!.map((action) => [action, step as PackageStep] as const),
      ),
    ),
  ]),
);

function stepOf(manager: PackageManager, action: string, object: string | undefined): PackageStep {
  // Two-word clean-ups: `apk cache clean`, `npm cache clean`, `yarn cache clean`, `pip cache purge`, `pnpm store prune`.
  if (action === 'cache' && ['clean', 'purge', 'remove', 'rm'].includes(object ?? '')) return 'clean';
  if (manager === 'pnpm' && action === 'store' && object === 'prune') return 'clean';
  // `pip install --upgrade x` installs; it is the pinning, not the step, that differs.
  return STEP_OF.get(manager)!.get(action) ?? 'other';
}

/** True for operands that are files, URLs or directories rather than names from a registry. */
export function isLocalOrUrl(spec: string): boolean {
  return (
    /^(?:\.|\/|~|\$|[a-z+]+:\/\/|git\+|git@|file:)/i.test(spec) ||
    /\.(?:deb|rpm|apk|whl|tar\.gz|tgz|zip|gem|crate)$/i.test(spec)
  );
}

const split = (spec: string, at: number, skip: number): { name: string; version: string } => ({
  name: spec.slice(0, at),
  version: spec.slice(at + skip),
});

/** The name, version and kind of pin of one operand, by its manager's syntax. */
function readPin(
  command: Pick<PackageCommand, 'manager' | 'options'>,
  spec: string,
  unit?: 'module' | 'group',
): { name: string; version: string | undefined; pin: PinKind } {
  if (isLocalOrUrl(spec)) return { name: spec, version: undefined, pin: 'local' };
  // A group has no version; a module is pinned by its stream (`nodejs:20`).
  if (unit === 'group') return { name: spec, version: undefined, pin: 'local' };
  if (unit === 'module') {
    const colon = spec.indexOf(':');
    return colon > 0 ? { ...split(spec, colon, 1), pin: 'exact' } : { name: spec, version: undefined, pin: 'none' };
  }
  const none = { name: spec, version: undefined, pin: 'none' as PinKind };
  switch (command.manager) {
    case 'apt-get':
    case 'apt': {
      // `curl=8.5.0-1` is exact; `curl/bookworm-backports` only picks a release.
      const eq = spec.indexOf('=');
      return eq > 0 ? { ...split(spec, eq, 1), pin: 'exact' } : none;
    }
    case 'apk': {
      const at = spec.search(/[=~<>]/);
      if (at <= 0) return none;
      const exact = spec[at] === '=' && !/[<>~]/.test(spec.slice(at + 1, at + 2));
      return {
        name: spec.slice(0, at),
        version: spec.slice(at).replace(/^[=~<>]+/, ''),
        pin: exact ? 'exact' : 'range',
      };
    }
    case 'pip': {
      const at = spec.search(/===?|~=|>=|<=|!=|[<>]|@/);
      if (at <= 0) return none;
      const operator = /^(?:===?|~=|>=|<=|!=|[<>]|@)/.exec(spec.slice(at))![0];
      const exact = operator === '==' || operator === '===' || operator === '@';
      return { ...split(spec, at, operator.length), pin: exact && !/[*,]/.test(spec) ? 'exact' : 'range' };
    }
    case 'npm':
    case 'yarn':
    case 'pnpm': {
      // `@scope/name@1.2.3` or `name@1.2.3`; a bare `@scope/name` is not pinned.
      const at = spec.indexOf('@', 1);
      if (at <= 0) return none;
      const version = spec.slice(at + 1);
      if (version === '' || version === 'latest' || version === 'next') return { ...split(spec, at, 1), pin: 'none' };
      return { ...split(spec, at, 1), pin: /^v?\d+\.\d+\.\d+(?:[-+][\w.]+)?$/.test(version) ? 'exact' : 'range' };
    }
    case 'gem': {
      const colon = spec.indexOf(':');
      if (colon > 0) return { ...split(spec, colon, 1), pin: 'exact' };
      const version = optionValue(command.options, ['-v', '--version']);
      if (version === undefined) return none;
      return { name: spec, version, pin: /^[\d.]+$/.test(version) ? 'exact' : 'range' };
    }
    case 'go': {
      const at = spec.lastIndexOf('@');
      if (at <= 0) return none;
      const version = spec.slice(at + 1);
      return { ...split(spec, at, 1), pin: version === 'latest' || version === '' ? 'none' : 'exact' };
    }
    case 'cargo': {
      const at = spec.indexOf('@');
      if (at > 0) return { ...split(spec, at, 1), pin: /^=?\d/.test(spec.slice(at + 1)) ? 'exact' : 'range' };
      const version = optionValue(command.options, ['--version', '--vers']);
      if (version !== undefined) return { name: spec, version, pin: /^=?\d[\d.]*$/.test(version) ? 'exact' : 'range' };
      if (optionValue(command.options, ['--rev', '--tag']) !== undefined)
        return { name: spec, version: undefined, pin: 'exact' };
      return none;
    }
    case 'yum':
    case 'dnf':
    case 'microdnf': {
      // `name-1.2.3`, `name-1.2.3-4.el9`: a dash followed by a digit; `@group` names a group, not a package.
      if (spec.startsWith('@')) return { name: spec, version: undefined, pin: 'local' };
      const at = spec.search(/-\d/);
      return at > 0 ? { ...split(spec, at, 1), pin: 'exact' } : none;
    }
    case 'zypper': {
      const at = spec.search(/[=<>]/);
      if (at > 0) {
        const operator = /^[<>]?=?/.exec(spec.slice(at))![0] || spec[at]!;
        return { ...split(spec, at, operator.length), pin: operator === '=' ? 'exact' : 'range' };
      }
      const dash = spec.search(/-\d/);
      return dash > 0 ? { ...split(spec, dash, 1), pin: 'exact' } : none;
    }
  }
}

/** The value of the first of `names` among the options (`-v 1.2`, `--version=1.2`). */
export function optionValue(options: string[], names: string[]): string | undefined {
  for (let i = 0; i < options.length; i++) {
    const option = options[i]!;
    for (const name of names) {
      if (option === name && i + 1 < options.length) return options[i + 1];
      if (option.startsWith(`${name}=`)) return option.slice(name.length + 1);
    }
  }
  return undefined;
}

export function isInstall(command: PackageCommand): boolean {
  return command.step === 'install';
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

/** apt and apt-get share a cache and an index; so do yum, dnf and microdnf. */
export function managerFamily(manager: PackageManager): string {
  if (manager === 'apt') return 'apt-get';
  if (manager === 'yum' || manager === 'microdnf') return 'dnf';
  return manager;
}
