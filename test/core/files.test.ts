import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Notice } from '../../src/core/finding.js';
import { ignoreMatchers, listFiles, readSourceFile } from '../../src/core/files.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

function git(...args: string[]): void {
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
}

const TREE = {
  Dockerfile: 'FROM a:1\n',
  'src/app.ts': 'export {};\n',
  'build/Dockerfile': 'FROM b:1\n',
  'vendor/lib/Dockerfile': 'FROM c:1\n',
  'node_modules/pkg/Dockerfile': 'FROM d:1\n',
  '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
  'debug.log': 'x\n',
};

describe('listFiles outside git: a walk', () => {
  test('lists every file except .git and node_modules, sorted, with forward slashes', () => {
    write(TREE);
    const notices: Notice[] = [];
    expect(listFiles(dir, ['.'], [], notices)).toEqual([
      '.github/workflows/ci.yml',
      'Dockerfile',
      'build/Dockerfile',
      'debug.log',
      'src/app.ts',
      'vendor/lib/Dockerfile',
    ]);
    expect(notices).toEqual([]);
  });

  test('`ignore` globs: folder forms and file globs', () => {
    write(TREE);
    expect(listFiles(dir, ['.'], ['vendor/**', 'build', '*.log', '**/*.ts'], [])).toEqual([
      '.github/workflows/ci.yml',
      'Dockerfile',
    ]);
    expect(listFiles(dir, ['.'], ['vendor/', './build/'], [])).toEqual([
      '.github/workflows/ci.yml',
      'Dockerfile',
      'debug.log',
      'src/app.ts',
    ]);
    expect(listFiles(dir, ['.'], ['**/Dockerfile'], [])).toEqual([
      '.github/workflows/ci.yml',
      'debug.log',
      'src/app.ts',
    ]);
  });

  test('sub-paths are relative to the root; an explicitly named file is listed even when ignored', () => {
    write(TREE);
    expect(listFiles(dir, ['vendor', 'build/Dockerfile'], ['build/**', 'vendor/**'], [])).toEqual(['build/Dockerfile']);
    expect(listFiles(dir, [join(dir, 'vendor')], [], [])).toEqual(['vendor/lib/Dockerfile']);
  });

  test('a missing path is a notice, the others are still listed', () => {
    write(TREE);
    const notices: Notice[] = [];
    expect(listFiles(dir, ['nope', 'src'], [], notices)).toEqual(['src/app.ts']);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.path).toBe('nope');
    expect(notices[0]!.message).toBe('cannot read: ENOENT: no such file or directory');
  });

  test('a FIFO named like a file, given explicitly, is a notice', () => {
    execFileSync('mkfifo', [join(dir, 'Dockerfile')]);
    const notices: Notice[] = [];
    expect(listFiles(dir, ['Dockerfile'], [], notices)).toEqual([]);
    expect(notices).toEqual([{ path: 'Dockerfile', message: 'skipped: not a regular file' }]);
  });

  test('symbolic links are listed (not followed into) and left to the reader', () => {
    write({ 'real/Dockerfile': 'FROM a:1\n' });
    symlinkSync(join(dir, 'real'), join(dir, 'linked-dir'));
    symlinkSync(join(dir, 'missing'), join(dir, 'Containerfile'));
    expect(listFiles(dir, ['.'], [], [])).toEqual(['Containerfile', 'linked-dir', 'real/Dockerfile']);
  });
});

describe('listFiles in a git work tree', () => {
  test('honours .gitignore (tracked and untracked-not-ignored files) and `ignore` globs', () => {
    write({ ...TREE, '.gitignore': 'build/\n*.log\nnode_modules/\n' });
    git('init', '-q', '-b', 'main');
    git('add', 'Dockerfile', '.gitignore');
    git('commit', '-q', '-m', 'init');
    expect(listFiles(dir, ['.'], [], [])).toEqual([
      '.github/workflows/ci.yml',
      '.gitignore',
      'Dockerfile',
      'src/app.ts',
      'vendor/lib/Dockerfile',
    ]);
    expect(listFiles(dir, ['.'], ['vendor'], [])).toEqual([
      '.github/workflows/ci.yml',
      '.gitignore',
      'Dockerfile',
      'src/app.ts',
    ]);
  });

  test('a sub-folder of the work tree lists paths relative to the root', () => {
    write({ ...TREE, '.gitignore': 'build/\n' });
    git('init', '-q', '-b', 'main');
    expect(listFiles(dir, ['vendor', 'build'], [], [])).toEqual(['vendor/lib/Dockerfile']);
  });

  test('a tracked file that was deleted is listed, and the reader reports it as missing', () => {
    write({ Dockerfile: 'FROM a:1\n', Containerfile: 'FROM b:1\n' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'init');
    rmSync(join(dir, 'Containerfile'));
    expect(listFiles(dir, ['.'], [], [])).toEqual(['Containerfile', 'Dockerfile']);
    const outcome = readSourceFile(dir, 'Containerfile', 1000, []);
    expect(outcome).toEqual({ skipped: 'no such file', kind: 'missing' });
  });
});

describe('ignoreMatchers', () => {
  test('a path is ignored when it or one of its folders matches', () => {
    const { isIgnored, ignoredDir } = ignoreMatchers(['vendor', 'docs/**/*.md', 'tmp/']);
    expect(isIgnored('vendor/a/Dockerfile')).toBe(true);
    expect(isIgnored('vendor')).toBe(true);
    expect(isIgnored('src/vendor/Dockerfile')).toBe(false);
    expect(isIgnored('docs/a/b.md')).toBe(true);
    expect(isIgnored('tmp/x')).toBe(true);
    expect(ignoredDir('tmp')).toBe(true);
    expect(ignoredDir('src')).toBe(false);
  });

  test('no globs: nothing ignored', () => {
    expect(ignoreMatchers([]).isIgnored('a/b')).toBe(false);
  });
});

describe('readSourceFile', () => {
  const read = (name: string, content: string | Buffer, max = 5 * 1024 * 1024) => {
    write({ [name]: content });
    const notices: Notice[] = [];
    return { outcome: readSourceFile(dir, name, max, notices), notices };
  };

  test('plain text', () => {
    const { outcome, notices } = read('Dockerfile', 'FROM a:1\n');
    expect('file' in outcome && outcome.file.text).toBe('FROM a:1\n');
    expect('file' in outcome && outcome.file.path).toBe('Dockerfile');
    expect(notices).toEqual([]);
  });

  test('a BOM is dropped, so positions start at column 1', () => {
    const { outcome } = read('Dockerfile', '\uFEFFFROM a:1\n');
    expect('file' in outcome && outcome.file.text).toBe('FROM a:1\n');
  });

  test('binary: a NUL byte anywhere', () => {
    expect(read('Dockerfile', Buffer.from([0x46, 0x52, 0x00, 0x4f])).outcome).toEqual({
      skipped: 'binary file (it holds a NUL byte)',
      kind: 'binary',
    });
  });

  test('oversized against the configured maximum', () => {
    expect(read('Dockerfile', 'FROM a:1\n', 8).outcome).toEqual({
      skipped: '9 bytes, larger than 8 bytes (max-file-size)',
      kind: 'too-large',
    });
    expect('file' in read('Containerfile', 'FROM a:1\n', 9).outcome).toBe(true);
  });

  test('invalid UTF-8 is read with U+FFFD and a notice', () => {
    const { outcome, notices } = read(
      'Dockerfile',
      Buffer.concat([Buffer.from('FROM a:1\nRUN echo '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n')]),
    );
    expect('file' in outcome && outcome.file.text).toBe('FROM a:1\nRUN echo \uFFFD(\uFFFD\n');
    expect(notices).toEqual([{ path: 'Dockerfile', message: 'invalid UTF-8: undecodable bytes were read as U+FFFD' }]);
  });

  test('a directory named like a file', () => {
    mkdirSync(join(dir, 'Dockerfile'));
    expect(readSourceFile(dir, 'Dockerfile', 100, [])).toEqual({ skipped: 'not a regular file', kind: 'special' });
  });

  test('a FIFO named like a file is not opened (it would block)', () => {
    execFileSync('mkfifo', [join(dir, 'Dockerfile')]);
    expect(readSourceFile(dir, 'Dockerfile', 100, [])).toEqual({ skipped: 'not a regular file', kind: 'special' });
  });

  test('a dangling symbolic link', () => {
    symlinkSync(join(dir, 'missing'), join(dir, 'Dockerfile'));
    expect(readSourceFile(dir, 'Dockerfile', 100, [])).toEqual({ skipped: 'dangling symbolic link', kind: 'missing' });
  });

  test('a symbolic link to a file is read through', () => {
    write({ 'real.txt': 'FROM a:1\n' });
    symlinkSync(join(dir, 'real.txt'), join(dir, 'Dockerfile'));
    const outcome = readSourceFile(dir, 'Dockerfile', 100, []);
    expect('file' in outcome && outcome.file.text).toBe('FROM a:1\n');
  });

  test('a missing file', () => {
    expect(readSourceFile(dir, 'Dockerfile', 100, [])).toEqual({ skipped: 'no such file', kind: 'missing' });
  });

  test('a symbolic link to a file outside the root is not followed', () => {
    const outside = mkdtempSync(join(tmpdir(), 'shipshape-outside-'));
    try {
      writeFileSync(join(outside, 'secret'), 'FROM a:1\nENV TOKEN=hunter2\n');
      symlinkSync(join(outside, 'secret'), join(dir, 'Dockerfile'));
      expect(readSourceFile(dir, 'Dockerfile', 100, [])).toEqual({
        skipped: 'symbolic link to a path outside the repository (not followed)',
        kind: 'outside',
      });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('a symbolic link to a /proc file is never opened (reading /proc/kmsg blocks)', () => {
    symlinkSync('/proc/kmsg', join(dir, 'Dockerfile'));
    expect(readSourceFile(dir, 'Dockerfile', 100, [])).toEqual({
      skipped: 'symbolic link to a path outside the repository (not followed)',
      kind: 'outside',
    });
  });

  test('a file in a folder linked from outside is not read, even when named through the link', () => {
    const outside = mkdtempSync(join(tmpdir(), 'shipshape-outside-'));
    try {
      writeFileSync(join(outside, 'Dockerfile'), 'FROM a:1\n');
      symlinkSync(outside, join(dir, 'linked'));
      expect(readSourceFile(dir, 'linked/Dockerfile', 100, [])).toEqual({
        skipped: 'in a folder linked from outside the repository (not followed)',
        kind: 'outside',
      });
      const notices: Notice[] = [];
      expect(listFiles(dir, ['linked'], [], notices)).toEqual([]);
      expect(notices).toEqual([
        { path: 'linked', message: 'skipped: symbolic link to a path outside the repository (not followed)' },
      ]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
