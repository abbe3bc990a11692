/**
 * scripts/fork.sh on a copy of the repository's tracked files: afterwards no `ORG/shipshape` is left, the generated
 * files still agree with the spec, and the tests that check the kit's `uses:` lines pass in the fork.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve('.');
let fork: string;

beforeAll(() => {
  fork = mkdtempSync(join(tmpdir(), 'shipshape-fork-'));
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(fork, file)), { recursive: true });
    cpSync(join(root, file), join(fork, file), { verbatimSymlinks: true });
  }
  symlinkSync(join(root, 'node_modules'), join(fork, 'node_modules'));
  execFileSync('git', ['init', '-q'], { cwd: fork });
  // The node_modules link is not part of the copy (a symlink escapes `node_modules/` in .gitignore).
  writeFileSync(join(fork, '.git/info/exclude'), 'node_modules\n');
  for (const args of [
    ['add', '-A'],
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'copy'],
  ])
    execFileSync('git', args, { cwd: fork });
}, 60_000);

afterAll(() => rmSync(fork, { recursive: true, force: true }));

it('refuses a name that is not a GitHub owner (exit 2)', () => {
  for (const bad of ['', 'a/b', '-acme', 'acme;id', 'x'.repeat(40)]) {
    const run = spawnSync('bash', ['scripts/fork.sh', bad], { cwd: fork, encoding: 'utf8' });
    expect([bad, run.status, run.stderr]).toEqual([
      bad,
      2,
      'usage: scripts/fork.sh NEW-OWNER (a GitHub organisation or user name)\n',
    ]);
  }
  expect(execFileSync('git', ['status', '--porcelain'], { cwd: fork, encoding: 'utf8' })).toBe('');
});

it('rewrites every ORG/shipshape and the fork passes the tests that check them', () => {
  const run = spawnSync('bash', ['scripts/fork.sh', 'acme-platform'], { cwd: fork, encoding: 'utf8' });
  expect([run.status, run.stderr]).toEqual([0, '']);
  const left = spawnSync(
    'git',
    ['grep', '-n', '-e', 'ORG/shipshape', '-e', 'ORG\\\\/shipshape', '--', ':!dist', ':!package-lock.json'],
    { cwd: fork, encoding: 'utf8' },
  );
  expect(left.stdout).toBe('');
  expect(readFileSync(join(fork, 'workflows/node-service.yml'), 'utf8')).toContain(
    'uses: acme-platform/shipshape/.github/workflows/reusable-pipeline.yml@v1',
  );
  expect(readFileSync(join(fork, '.github/workflows/reusable-pipeline.yml'), 'utf8')).toContain(
    'uses: acme-platform/shipshape/actions/build@v1',
  );
  const check = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/render.ts', '--check'], {
    cwd: fork,
    encoding: 'utf8',
  });
  expect([check.status, check.stderr]).toEqual([0, '']);
  const tests = spawnSync(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--disable-warning=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '--maxWorkers=1',
      '--ci',
      'test/e2e/workflows-lint.test.ts',
      'test/pipeline/github-contract.test.ts',
      'test/pipeline/drift.test.ts',
      'test/actions/security/readme.test.ts',
    ],
    { cwd: fork, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  expect([tests.status, tests.stderr.match(/Tests:.*$/m)?.[0]]).toEqual([
    0,
    expect.stringMatching(/^Tests: +\d+ passed, \d+ total$/),
  ]);
}, 300_000);
