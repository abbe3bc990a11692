import { execFileSync } from 'node:child_process';
import { type Dirent, existsSync, lstatSync, readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { describeError } from './errors.js';
import type { Notice } from './finding.js';
import { isInside, readInside, realInside, type SkipReason } from './paths.js';
import { SourceFile } from './source.js';

/**
 * Folders of fetched or generated code, not the repository's own: `node_modules`, and `.terraform`, where
 * `terraform init` copies every module the configuration calls (tf/state-committed reports one that is committed).
 */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.terraform']);

/**
 * Lists candidate files under the given paths, relative to `root` with forward slashes. Inside a git work tree it
 * asks git (tracked and untracked-but-not-ignored files), so .gitignore is honoured; elsewhere it walks the tree.
 */
export function listFiles(root: string, paths: string[], ignore: string[], notices: Notice[]): string[] {
  const { isIgnored, ignoredDir } = ignoreMatchers(ignore);
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(root, path);
    const shown = toPosix(relative(root, absolute)) || path;
    if (!isInside(resolve(root), absolute)) {
      notices.push({ path, message: 'skipped: outside the repository root' });
      continue;
    }
    const link = lstatSync(absolute, { throwIfNoEntry: false });
    if (!link) {
      notices.push({ path: shown, message: 'cannot read: ENOENT: no such file or directory' });
      continue;
    }
    // A path named explicitly may be a link (or sit in a linked folder): followed only when it stays inside.
    if (!realInside([root], absolute)) {
      notices.push({ path: shown, message: 'skipped: symbolic link to a path outside the repository (not followed)' });
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      notices.push({ path: shown, message: `cannot read: ${describeError(error)}` });
      continue;
    }
    if (stats.isFile()) {
      // A file named explicitly is checked even when .gitignore or `ignore` would leave it out.
      found.add(toPosix(relative(root, absolute)));
      continue;
    }
    if (!stats.isDirectory()) {
      notices.push({ path: shown, message: 'skipped: not a regular file' });
      continue;
    }
    const listed = gitListFiles(absolute) ?? walk(absolute, notices, root, ignoredDir);
    for (const file of listed) {
      const rel = toPosix(relative(root, join(absolute, file)));
      if (!isIgnored(rel)) found.add(rel);
    }
  }
  return [...found].sort();
}

/**
 * `ignore` globs, relative to the root. A path is ignored when it or one of its folders matches, so `vendor`,
 * `vendor/` and `vendor/**` all leave out everything under vendor/.
 */
export function ignoreMatchers(ignore: string[]): {
  isIgnored: (path: string) => boolean;
  ignoredDir: (path: string) => boolean;
} {
  if (ignore.length === 0) return { isIgnored: () => false, ignoredDir: () => false };
  const globs = ignore.map((glob) => glob.replace(/^\.\//, '').replace(/\/+$/, ''));
  const match = picomatch(globs, { dot: true });
  const ignoredDir = (dir: string): boolean => match(dir) || match(`${dir}/`);
  const isIgnored = (path: string): boolean => {
    if (match(path)) return true;
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      if (ignoredDir(path.slice(0, slash))) return true;
    }
    return false;
  };
  return { isIgnored, ignoredDir };
}

/**
 * Whether git could answer for `dir`: a `.git` (folder, or file in a linked worktree or submodule) in it or above it,
 * or a GIT_DIR. Looked up first because starting git only to hear "not a git repository" costs more than the rest
 * of a small run.
 */
function mayBeInGitWorkTree(dir: string): boolean {
  if (process.env.GIT_DIR) return true;
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return true;
    if (dirname(current) === current) return false;
  }
}

function gitListFiles(dir: string): string[] | undefined {
  if (!mayBeInGitWorkTree(dir)) return undefined;
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
    // ls-files lists deleted-but-tracked files too; they are dropped when read.
    return out.split('\0').filter(Boolean);
  } catch {
    return undefined;
  }
}

function walk(dir: string, notices: Notice[], root: string, ignoredDir: (path: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (current: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      notices.push({
        path: toPosix(relative(root, current)) || '.',
        message: `cannot read directory: ${describeError(error)}`,
      });
      return;
    }
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!ignoredDir(toPosix(relative(root, join(current, entry.name))))) visit(join(current, entry.name), rel);
      } else {
        // Files, and symbolic links, FIFOs, … (never followed into): reading them decides, with a notice.
        out.push(rel);
      }
    }
  };
  visit(dir, '');
  return out;
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');

/**
 * Why a file was not checked. `outside` (a link out of the repository), `special` (FIFO, device, folder) and
 * `missing` are by design and only noticed; `too-large`, `binary` and `unreadable` mean content went unchecked.
 */
export type SkipKind = SkipReason | 'binary';

export type ReadOutcome = { file: SourceFile } | { skipped: string; kind: SkipKind };

/** Skips that leave repository content unchecked: each becomes a `shipshape/skipped-file` finding. */
export function isUncheckedContent(kind: SkipKind): boolean {
  return kind === 'too-large' || kind === 'binary' || kind === 'unreadable';
}

/**
 * Reads a file as text, never outside `root` and never from a FIFO, device or /proc file (core/paths.ts).
 * Binary (a NUL byte), oversized and unreadable files are skipped with a reason; a BOM is dropped; invalid UTF-8 is
 * read with replacement characters and reported, so the rest of the file is still checked.
 */
export function readSourceFile(root: string, path: string, maxFileSize: number, notices: Notice[]): ReadOutcome {
  const read = readInside(root, path, maxFileSize);
  if ('skipped' in read) return { skipped: read.detail, kind: read.skipped };
  const { buffer } = read;
  if (buffer.includes(0)) return { skipped: 'binary file (it holds a NUL byte)', kind: 'binary' };
  let text: string;
  try {
    text = STRICT_UTF8.decode(buffer);
  } catch {
    text = LENIENT_UTF8.decode(buffer);
    notices.push({ path, message: 'invalid UTF-8: undecodable bytes were read as U+FFFD' });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { file: new SourceFile(path, text) };
}
