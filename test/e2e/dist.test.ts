import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function listTree(dir: string): string[] {
  const out: string[] = [];
  const visit = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) visit(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  if (existsSync(dir)) visit(dir);
  return out.sort();
}

function git(args: string[]): Buffer | undefined {
  try {
    return execFileSync('git', args, { cwd: ROOT, maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

/** The committed dist/ (HEAD), path under dist/ → bytes; the working tree when this is not a git checkout. */
function committedDist(): { files: Map<string, () => Buffer>; source: string } {
  const listing = git(['ls-tree', '-r', '--name-only', '-z', 'HEAD', '--', 'dist']);
  if (listing === undefined) {
    const dist = join(ROOT, 'dist');
    return {
      source: 'dist/ (working tree)',
      files: new Map(listTree(dist).map((path) => [path, () => readFileSync(join(dist, path))])),
    };
  }
  const paths = listing
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((path) => path.slice('dist/'.length));
  return {
    source: 'the committed dist/ (HEAD)',
    files: new Map(paths.map((path) => [path, () => git(['show', `HEAD:dist/${path}`])!])),
  };
}

describe('dist/ is up to date', () => {
  test('a fresh bundle of every entry equals the committed dist/', () => {
    const out = mkdtempSync(join(tmpdir(), 'shipshape-dist-'));
    try {
      const bundle = spawnSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (bundle.status !== 0) {
        const errors = `${bundle.stdout}\n${bundle.stderr}`
          .split('\n')
          .filter((line) => /error/i.test(line) && !/^\s+at |node:internal|new Error\(/.test(line));
        throw new Error(
          `\`node scripts/bundle.mjs\` failed, so dist/ cannot be checked:\n${errors.slice(0, 10).join('\n')}`,
        );
      }
      const fresh = listTree(out);
      expect(fresh.length).toBeGreaterThan(0);
      const { files: committed, source } = committedDist();
      const problems: string[] = [];
      const hint = 'run `npm run bundle` and commit dist/';
      const entryOf = (path: string): string => path.slice(0, path.indexOf('/'));
      const workingCopyMatches = (path: string, bytes: Buffer): boolean => {
        const local = join(ROOT, 'dist', path);
        return existsSync(local) && statSync(local).isFile() && readFileSync(local).equals(bytes);
      };
      for (const path of fresh) {
        const bytes = readFileSync(join(out, path));
        const read = committed.get(path);
        if (!read) {
          problems.push(`dist/${path} is missing from ${source} (entry "${entryOf(path)}"): ${hint}`);
        } else if (!read().equals(bytes)) {
          const note = workingCopyMatches(path, bytes) ? ' (the working tree has the fresh bundle: commit it)' : '';
          problems.push(`dist/${path} is stale (entry "${entryOf(path)}")${note}: ${hint}`);
        }
      }
      for (const path of committed.keys()) {
        if (!fresh.includes(path))
          problems.push(
            `dist/${path} is in ${source} but no entry produces it (entry "${entryOf(path)}"): delete it or ${hint}`,
          );
      }
      expect(problems).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);
});
