import type { ShellCommand } from '../../../domains/dockerfile/shell.js';
import {
  hasOption,
  isInstall,
  type PackageCommand,
  type PackageManager,
} from '../../../domains/dockerfile/packages.js';

/** Compilers, build systems and SDKs: needed to build, not to run. */
const BUILD_PACKAGES = new Set([
  'build-essential',
  'build-base',
  'alpine-sdk',
  'gcc',
  'g++',
  'gcc-c++',
  'clang',
  'llvm',
  'make',
  'cmake',
  'ninja-build',
  'meson',
  'linux-headers',
  'autoconf',
  'automake',
  'libtool',
  'pkg-config',
  'pkgconf',
  'bison',
  'flex',
  'nasm',
  'musl-dev',
  'libc6-dev',
  'golang',
  'golang-go',
  'go',
  'rustc',
  'cargo',
  'rust',
  'maven',
  'gradle',
  'default-jdk',
  'default-jdk-headless',
  'Development Tools',
  '@development-tools',
]);

const SYSTEM_MANAGERS = new Set<PackageManager>(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper']);
const REMOVE_ACTIONS = new Set(['remove', 'purge', 'autoremove', 'del', 'erase', 'rm']);

/** Strips a version (`gcc=4:12.2`, `gcc~12`, `make-4.3`) to the package name. */
function packageName(spec: string): string {
  return spec.replace(/[=~<>].*$/, '');
}

export function isBuildPackage(spec: string): boolean {
  const name = packageName(spec);
  return (
    BUILD_PACKAGES.has(name) ||
    /^openjdk-\d+-jdk(?:-headless)?$/.test(name) ||
    /^java-[\d.]+-openjdk-devel$/.test(name) ||
    /-dev$/.test(name) ||
    /-devel$/.test(name)
  );
}

export interface BuildToolUse {
  kind: 'package' | 'command' | 'devDependencies';
  name: string;
  command: ShellCommand;
  /** Index into `command.args` of the package or action, -1 for the program itself. */
  argIndex: number;
}

/**
 * Build packages a RUN installs and leaves installed. `apk add --virtual .deps gcc && … && apk del .deps`,
 * `apt-get purge gcc`, and the official images' `apt-mark auto '.*' && … && apt-get purge --auto-remove` leave
 * nothing behind; `cleansUp` says the RUN removes build packages it installed, so its compile steps are temporary too.
 */
export function leftoverBuildPackages(
  commands: ShellCommand[],
  packages: PackageCommand[],
): { leftovers: BuildToolUse[]; cleansUp: boolean } {
  const reads = packages.filter((read) => SYSTEM_MANAGERS.has(read.manager));
  const removed = new Set(
    reads
      .filter((read) => REMOVE_ACTIONS.has(read.action))
      .flatMap((read) => read.packages.map((each) => packageName(each.value))),
  );
  const aptAutoRemoves =
    commands.some((command) => command.name === 'apt-mark' && command.args[0] === 'auto') &&
    reads.some(
      (read) =>
        (read.manager === 'apt-get' || read.manager === 'apt') &&
        (read.action === 'autoremove' || (REMOVE_ACTIONS.has(read.action) && hasOption(read, 'auto-remove'))),
    );
  const leftovers: BuildToolUse[] = [];
  let cleansUp = false;
  for (const read of reads) {
    if (!isInstall(read)) continue;
    const virtual = virtualName(read);
    const build = read.packages.filter((operand) => isBuildPackage(operand.value));
    if (
      (virtual && removed.has(virtual)) ||
      (aptAutoRemoves && (read.manager === 'apt-get' || read.manager === 'apt'))
    ) {
      if (build.length > 0 || virtual) cleansUp = true;
      continue;
    }
    for (const operand of build) {
      if (removed.has(packageName(operand.value))) {
        cleansUp = true;
        continue;
      }
      leftovers.push({
        kind: 'package',
        name: packageName(operand.value),
        command: read.command,
        argIndex: operand.argIndex,
      });
    }
  }
  return { leftovers, cleansUp };
}

function virtualName(read: PackageCommand): string | undefined {
  if (read.manager !== 'apk') return undefined;
  const at = read.options.findIndex((option) => option === '-t' || option === '--virtual');
  if (at !== -1) return read.options[at + 1];
  return read.options.find((option) => option.startsWith('--virtual='))?.slice('--virtual='.length);
}

/** Build steps that imply a toolchain: compiling, packaging, running a project's build script. */
export function buildCommands(commands: ShellCommand[]): BuildToolUse[] {
  const found: BuildToolUse[] = [];
  for (const command of commands) {
    const [first] = command.args;
    const use = (name: string, argIndex = -1): void => {
      found.push({ kind: 'command', name, command, argIndex });
    };
    if (command.name === 'go' && (first === 'build' || first === 'install')) use(`go ${first}`, 0);
    else if (command.name === 'cargo' && (first === 'build' || first === 'install')) use(`cargo ${first}`, 0);
    else if (
      (command.name === 'mvn' || command.name === 'mvnw') &&
      command.args.some((arg) => /^(?:package|install|compile|verify)$/.test(arg))
    )
      use('mvn');
    else if (
      (command.name === 'gradle' || command.name === 'gradlew') &&
      command.args.some((arg) => /^(?:build|assemble|jar|bootJar|installDist)$/.test(arg))
    )
      use(command.name);
    else if (command.name === 'make' || command.name === 'cmake' || command.name === 'configure') use(command.name);
    else if (['gcc', 'g++', 'cc', 'c++', 'clang', 'javac', 'rustc'].includes(command.name)) use(command.name);
    else if (
      (command.name === 'npm' || command.name === 'pnpm' || command.name === 'yarn') &&
      first === 'run' &&
      /^build/.test(command.args[1] ?? '')
    )
      use(`${command.name} run ${command.args[1]}`, 1);
    else if (command.name === 'yarn' && first === 'build') use('yarn build', 0);
  }
  return found;
}

/** `npm ci` / `npm install` / `yarn install` / `pnpm install` of a whole project, dev dependencies included. */
export function devDependencyInstalls(packages: PackageCommand[], nodeEnv: string | undefined): BuildToolUse[] {
  if (nodeEnv === 'production') return [];
  const found: BuildToolUse[] = [];
  for (const read of packages) {
    if (read.manager !== 'npm' && read.manager !== 'yarn' && read.manager !== 'pnpm') continue;
    // Named packages (`npm install -g pm2`) are chosen one by one; only a whole-project install pulls devDependencies.
    if (!isInstall(read) || read.packages.length > 0 || read.action === 'add') continue;
    if (hasOption(read, 'production') || hasOption(read, 'prod', read.manager === 'pnpm' ? 'P' : undefined)) continue;
    if (read.options.some((option) => /^--(?:omit=dev|only=prod(?:uction)?)$/.test(option))) continue;
    const omitAt = read.options.indexOf('--omit');
    if (omitAt !== -1 && read.options[omitAt + 1] === 'dev') continue;
    const action = read.action === '' ? 'install' : read.action;
    found.push({
      kind: 'devDependencies',
      name: `${read.manager} ${action}`,
      command: read.command,
      argIndex: read.command.args.indexOf(read.action),
    });
  }
  return found;
}
