import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const restoreCache = jest.fn<(paths: string[], key: string, restoreKeys?: string[]) => Promise<string | undefined>>();
const saveCache = jest.fn<(paths: string[], key: string) => Promise<number>>();
const execCalls: { cmd: string; args: string[]; cwd?: string }[] = [];
jest.unstable_mockModule('@actions/cache', () => ({ isFeatureAvailable: () => true, restoreCache, saveCache }));
jest.unstable_mockModule('@actions/exec', () => ({
  exec: async (cmd: string, args: string[], options: { cwd?: string }) => {
    execCalls.push({ cmd, args, cwd: options.cwd });
    return 0;
  },
}));
const { run, post } = await import('../../../src/actions/setup/main.js');

let dir: string;
const saved = { ...process.env };
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-setup-'));
  writeFileSync(join(dir, 'package-lock.json'), '{}');
  writeFileSync(join(dir, 'requirements.txt'), 'flask==3.0.0\n');
  for (const file of ['output', 'state']) writeFileSync(join(dir, file), '');
  Object.assign(process.env, {
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    'INPUT_WORKING-DIRECTORY': '.',
    INPUT_CACHE: 'true',
    INPUT_INSTALL: 'true',
    'INPUT_INSTALL-COMMAND': '',
  });
  restoreCache.mockReset();
  saveCache.mockReset();
  execCalls.length = 0;
});
afterEach(() => {
  process.env = { ...saved };
  rmSync(dir, { recursive: true, force: true });
});

it('restores one cache per package manager with its key and restore keys, then installs with the first', async () => {
  restoreCache.mockImplementation(async (_paths, key, restoreKeys) => (key.includes('-npm-') ? key : restoreKeys![0]));
  await run();
  expect(
    restoreCache.mock.calls.map(([paths, key, restoreKeys]) => [
      paths.length,
      key.split('-').slice(1, 2)[0],
      restoreKeys!.length,
    ]),
  ).toEqual([
    [1, 'npm', 2],
    [1, 'pip', 2],
  ]);
  expect(execCalls).toEqual([{ cmd: 'bash', args: ['-e', '-o', 'pipefail', '-c', 'npm ci'], cwd: dir }]);
  const output = readFileSync(join(dir, 'output'), 'utf8');
  expect(output).toMatch(/^tools<<ghadelimiter_.*\nnpm,pip\n/);
  expect(output).toMatch(/cache-hit<<ghadelimiter_.*\nfalse\n/);
  const state = readFileSync(join(dir, 'state'), 'utf8');
  const caches = JSON.parse(/caches<<(\S+)\n(.*)\n\1/.exec(state)![2]!) as { key: string; hit: boolean }[];
  expect(caches.map((c) => c.hit)).toEqual([true, false]);

  // The post step saves only what was not an exact hit.
  process.env.STATE_caches = JSON.stringify(caches);
  await post();
  expect(saveCache.mock.calls.map(([, key]) => key)).toEqual([caches[1]!.key]);
});

it('uses the given install command and skips caching when cache is false', async () => {
  process.env.INPUT_CACHE = 'false';
  process.env['INPUT_INSTALL-COMMAND'] = 'pip install -r requirements.txt --user';
  await run();
  expect(restoreCache).not.toHaveBeenCalled();
  expect(execCalls.map((c) => c.args.at(-1))).toEqual(['pip install -r requirements.txt --user']);
});

it('keeps going when the cache service fails, and reports the problem as a warning', async () => {
  restoreCache.mockRejectedValue(new Error('cache service 503'));
  saveCache.mockRejectedValue(new Error('reserve failed'));
  await expect(run()).resolves.toBeUndefined();
  process.env.STATE_caches = JSON.stringify([{ key: 'k', paths: ['/p'], hit: false }]);
  await expect(post()).resolves.toBeUndefined();
});
