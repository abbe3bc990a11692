import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { describeError, UsageError } from './errors.js';

/**
 * Every path a user, a workflow or a pull request hands us goes through here: command-line flags, action inputs,
 * files found while walking a repository. Reads stay inside the workspace, writes inside the workspace or the
 * runner's temp folder, symbolic links are followed only when their target stays inside too, and nothing that is
 * not a regular file (FIFOs, devices, /proc files that block when read) is ever opened.
 */

/** Where paths of one command or action may lead. All folders absolute. */
export interface PathScope {
  /** Relative inputs are resolved against this folder. */
  base: string;
  /** Folders a read may resolve into, after following symbolic links. */
  read: readonly string[];
  /** Folders a write may land in (and create folders in), after following symbolic links. */
  write: readonly string[];
}

/** A path input that leads outside its scope or to nothing usable; names the input, never the file's content. */
export class PathInputError extends UsageError {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
    this.name = 'PathInputError';
  }
}

/** A path as shown in an error: printable, bounded, quoted. The value came from outside: never echo it raw. */
export function previewPath(value: string): string {
  const clean = value.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(clean.length > 120 ? `${clean.slice(0, 120)}…` : clean);
}

/** True when `child` is `parent` or inside it, lexically (no `..` escape, no other drive). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

const realCache = new Map<string, string>();

/** The real path of a folder that exists (cached: scopes are asked about again and again), else the path itself. */
export function realFolder(path: string): string {
  let real = realCache.get(path);
  if (real === undefined) {
    try {
      real = realpathSync.native(path);
    } catch {
      real = resolve(path);
    }
    realCache.set(path, real);
  }
  return real;
}

/** True when the real path of `path` (every symbolic link followed) lies inside the real path of one of `folders`. */
export function realInside(folders: readonly string[], path: string): boolean {
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch {
    return false;
  }
  return folders.some((folder) => isInside(realFolder(folder), real));
}

function checkText(input: string, value: string): void {
  if (value === '') throw new PathInputError(input, 'is empty');
  if (/[\0\r\n]/.test(value)) throw new PathInputError(input, `${previewPath(value)} contains a line break or NUL`);
}

function describeScope(folders: readonly string[]): string {
  return folders.length === 1
    ? `the workspace ${folders[0]}`
    : `${folders.slice(0, -1).join(', ')} or ${folders[folders.length - 1]}`;
}

export type PathKind = 'file' | 'directory' | 'any';

/**
 * Resolves a path input to read: it must exist inside the scope's read folders, also after following symbolic
 * links, and be a regular file or a folder as `kind` says. Throws a PathInputError naming the input otherwise.
 */
export function resolveReadPath(input: string, value: string, scope: PathScope, kind: PathKind = 'file'): string {
  checkText(input, value);
  const path = resolve(scope.base, value);
  if (!scope.read.some((folder) => isInside(folder, path)))
    throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.read)}`);
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) throw new PathInputError(input, `${previewPath(value)} does not exist`);
  if (!realInside(scope.read, path))
    throw new PathInputError(
      input,
      `${previewPath(value)} leads outside ${describeScope(scope.read)} through a symbolic link`,
    );
  let target: Stats;
  try {
    target = lstatSync(realpathSync.native(path));
  } catch (error) {
    throw new PathInputError(input, `${previewPath(value)} cannot be read (${errorCode(error)})`);
  }
  if (kind === 'file' && !target.isFile())
    throw new PathInputError(input, `${previewPath(value)} is not a regular file`);
  if (kind === 'directory' && !target.isDirectory())
    throw new PathInputError(input, `${previewPath(value)} is not a folder`);
  if (kind === 'any' && !target.isFile() && !target.isDirectory())
    throw new PathInputError(input, `${previewPath(value)} is not a regular file or folder`);
  return path;
}

/**
 * Resolves a path argument naming what to check: it must exist (a dangling link counts: the walker reports it) and
 * lie inside the scope's read folders as written. Links are not followed here: file discovery skips, with a
 * notice, a link whose target is outside.
 */
export function resolveArgumentPath(input: string, value: string, scope: PathScope): string {
  checkText(input, value);
  const path = resolve(scope.base, value);
  if (!scope.read.some((folder) => isInside(folder, path)))
    throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.read)}`);
  if (!lstatSync(path, { throwIfNoEntry: false }))
    throw new PathInputError(input, `${previewPath(value)} does not exist`);
  return path;
}

/**
 * Resolves a path input to write: it must land inside the scope's write folders, and so must the nearest folder
 * that exists on the way (so no folder is created outside) and the file itself when it is a symbolic link.
 * An existing target must be a regular file. Nothing is created here.
 */
export function resolveWritePath(input: string, value: string, scope: PathScope): string {
  checkText(input, value);
  const path = resolve(scope.base, value);
  if (!scope.write.some((folder) => isInside(folder, path)))
    throw new PathInputError(input, `${previewPath(value)} is outside ${describeScope(scope.write)}`);
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing) {
    if (!realInside(scope.write, path))
      throw new PathInputError(
        input,
        `${previewPath(value)} leads outside ${describeScope(scope.write)} through a symbolic link`,
      );
    const target = lstatSync(realpathSync.native(path));
    if (!target.isFile()) throw new PathInputError(input, `${previewPath(value)} exists and is not a regular file`);
    return path;
  }
  let ancestor = dirname(path);
  while (!lstatSync(ancestor, { throwIfNoEntry: false }) && dirname(ancestor) !== ancestor)
    ancestor = dirname(ancestor);
  if (!realInside(scope.write, ancestor))
    throw new PathInputError(
      input,
      `${previewPath(value)} leads outside ${describeScope(scope.write)} through a symbolic link`,
    );
  return path;
}

/** Writes a file at a path resolveWritePath accepted, creating its folders; failures name the input. */
export function writeInside(input: string, path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new PathInputError(input, `cannot write ${previewPath(path)} (${errorCode(error)})`);
  }
}

/** The error's code (ENOENT, EACCES, …) or its message: never more of a file than its name. */
export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : describeError(error);
}

/** The usual scope of a command-line run: the folder it runs in, plus the runner's temp folder for writes. */
export function commandScope(cwd: string, env: NodeJS.ProcessEnv): PathScope {
  const base = resolve(cwd);
  const temp = env.RUNNER_TEMP ? [resolve(env.RUNNER_TEMP)] : [];
  return { base, read: [base], write: [base, ...temp] };
}

/** The scope of an action: relative inputs against working-directory, reads in the workspace, writes also in RUNNER_TEMP. */
export function actionScope(workspace: string, base: string, env: NodeJS.ProcessEnv): PathScope {
  const temp = env.RUNNER_TEMP ? [resolve(env.RUNNER_TEMP)] : [];
  return { base, read: [workspace], write: [workspace, ...temp] };
}

export type SafeRead = { buffer: Buffer; size: number } | { skipped: SkipReason; detail: string };

/** Why a file was not read. `outside`, `special` and `missing` are expected; the others mean "not checked". */
export type SkipReason = 'outside' | 'special' | 'missing' | 'too-large' | 'unreadable';

/** Folders whose files never hold repository content and may block or never end when read. */
const PSEUDO_FILESYSTEMS = ['/proc', '/sys', '/dev'];

/**
 * Reads a file found under `root` without ever leaving it or blocking: a symbolic link is followed only when its
 * real target is inside the root; the file is opened non-blocking and checked on the open descriptor, so a FIFO,
 * a device or a /proc file is never read. `maxSize` bounds the read.
 */
export function openInside(
  root: string,
  path: string,
): { fd: number; size: number } | { skipped: SkipReason; detail: string } {
  const absolute = resolve(root, path);
  const link = lstatSync(absolute, { throwIfNoEntry: false });
  if (!link) return { skipped: 'missing', detail: 'no such file' };
  const realRoot = realFolder(root);
  // A folder on the way may be a link too (a path argument naming one): its real place decides, once per folder.
  if (!isInside(realRoot, realFolder(dirname(absolute)))) {
    return { skipped: 'outside', detail: 'in a folder linked from outside the repository (not followed)' };
  }
  if (link.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync.native(absolute);
    } catch {
      return { skipped: 'missing', detail: 'dangling symbolic link' };
    }
    if (!isInside(realRoot, real) || PSEUDO_FILESYSTEMS.some((folder) => isInside(folder, real))) {
      return { skipped: 'outside', detail: 'symbolic link to a path outside the repository (not followed)' };
    }
  } else if (!link.isFile()) {
    return { skipped: 'special', detail: 'not a regular file' };
  }
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      closeSync(fd);
      return { skipped: 'special', detail: 'not a regular file' };
    }
    return { fd, size: stats.size };
  } catch (error) {
    closeSync(fd);
    return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
  }
}

/**
 * Reads a file found under `root` without ever leaving it or blocking (see openInside); `maxSize` bounds the read.
 */
export function readInside(root: string, path: string, maxSize: number): SafeRead {
  const opened = openInside(root, path);
  if ('skipped' in opened) return opened;
  const { fd, size } = opened;
  try {
    if (size > maxSize)
      return { skipped: 'too-large', detail: `${size} bytes, larger than ${maxSize} bytes (max-file-size)` };
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const count = readSync(fd, buffer, read, size - read, read);
      if (count === 0) break;
      read += count;
    }
    return { buffer: buffer.subarray(0, read), size };
  } catch (error) {
    return { skipped: 'unreadable', detail: `cannot read: ${errorCode(error)}` };
  } finally {
    closeSync(fd);
  }
}
