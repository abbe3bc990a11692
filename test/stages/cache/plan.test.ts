import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { detectTools, parseVersion } from '../../../src/stages/cache/detect.js';
import { hashFiles, osLabel, planCache } from '../../../src/stages/cache/plan.js';

let work: string;
let n = 0;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'shipshape-cache-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function project(files: Record<string, string>): string {
  const dir = join(work, `p${n++}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const noProbe = () => {
  throw new Error('versions are given');
};

describe('detectTools', () => {
  it.each([
    [{ 'package-lock.json': '{}' }, ['npm']],
    [{ 'npm-shrinkwrap.json': '{}' }, ['npm']],
    [{ 'pnpm-lock.yaml': 'x' }, ['pnpm']],
    [{ 'yarn.lock': 'x' }, ['yarn']],
    [{ 'requirements.txt': 'flask', 'requirements-dev.txt': 'pytest' }, ['pip']],
    [{ 'poetry.lock': 'x', 'requirements.txt': 'x' }, ['poetry']],
    [{ 'uv.lock': 'x' }, ['uv']],
    [{ 'go.sum': 'x', 'go.mod': 'module a' }, ['go']],
    [{ 'pom.xml': '<project/>' }, ['maven']],
    [{ 'build.gradle.kts': 'x', 'settings.gradle.kts': 'x' }, ['gradle']],
    [{ 'Cargo.lock': 'x' }, ['cargo']],
    [{ 'package-lock.json': '{}', 'requirements.txt': 'x' }, ['npm', 'pip']],
    [{ 'pnpm-lock.yaml': 'x', 'package-lock.json': '{}' }, ['pnpm']],
    [{ 'README.md': 'x' }, []],
  ] as const)('%j → %j', (files, tools) => {
    expect(detectTools(project(files)).map((d) => d.tool)).toEqual(tools);
  });

  it('lists the lockfiles that make the key', () => {
    const dir = project({ 'requirements.txt': 'a', 'requirements-dev.txt': 'b', 'constraints.txt': 'c' });
    expect(detectTools(dir)[0]!.lockfiles).toEqual(['requirements-dev.txt', 'requirements.txt', 'constraints.txt']);
  });
});

describe('parseVersion', () => {
  it.each([
    ['10.2.4\n', '10.2.4'],
    ['go1.22.1', '1.22.1'],
    ['pip 24.0 from /usr/lib/python3/dist-packages/pip (python 3.11)', '24.0'],
    ['Poetry (version 1.8.2)', '1.8.2'],
    ['cargo 1.76.0 (c84b36747 2024-01-18)', '1.76.0'],
    ['Apache Maven 3.9.6 (bc0240f3c744dd6b6ec2920b3cd08dcc295161ae)', '3.9.6'],
    ['\n------------------------------------------------------------\nGradle 8.5\n', '8.5'],
    ['not a version', 'unknown'],
  ])('%j → %s', (output, version) => expect(parseVersion(output)).toBe(version));
});

describe('planCache', () => {
  it('builds <os>-<tool>-<version>-<sha256 of lockfiles> with restore keys and home-relative paths', () => {
    const dir = project({ 'package-lock.json': '{"lockfileVersion":3}' });
    const plan = planCache({ dir, os: 'linux', home: '/home/runner', versions: { npm: '10.2.4' }, probe: noProbe });
    const hash = createHash('sha256').update('package-lock.json\0{"lockfileVersion":3}\0').digest('hex');
    expect(plan).toEqual([
      {
        tool: 'npm',
        key: `linux-npm-10.2.4-${hash}`,
        restoreKeys: ['linux-npm-10.2.4-', 'linux-npm-'],
        paths: ['/home/runner/.npm'],
        lockfiles: ['package-lock.json'],
        install: 'npm ci',
        test: 'npm test',
      },
    ]);
  });

  it('changes the key when a lockfile changes, and only then', () => {
    const dir = project({ 'Cargo.lock': 'v1' });
    const options = { dir, os: 'linux', home: '/h', versions: { cargo: '1.76.0' }, probe: noProbe };
    const first = planCache(options)[0]!.key;
    expect(planCache(options)[0]!.key).toBe(first);
    writeFileSync(join(dir, 'Cargo.lock'), 'v2');
    expect(planCache(options)[0]!.key).not.toBe(first);
    expect(planCache(options)[0]!.paths).toEqual([
      '/h/.cargo/registry/index',
      '/h/.cargo/registry/cache',
      '/h/.cargo/git/db',
      join(dir, 'target'),
    ]);
  });

  it('asks the tool for its version when not given, and keeps keys free of commas and spaces', () => {
    const dir = project({ 'go.sum': 'x' });
    const asked: string[][] = [];
    const plan = planCache({
      dir,
      os: 'macos',
      home: '/h',
      probe: (argv) => {
        asked.push(argv);
        return 'go 1,22 beta';
      },
    });
    expect(asked).toEqual([['go', 'env', 'GOVERSION']]);
    expect(plan[0]!.key).toMatch(/^macos-go-go_1_22_beta-[0-9a-f]{64}$/);
    expect(plan[0]!.paths).toEqual(['/h/go/pkg/mod', '/h/.cache/go-build']);
  });

  it('puts a Yarn 2+ cache inside the project', () => {
    const dir = project({ 'yarn.lock': 'x', '.yarnrc.yml': 'nodeLinker: pnp' });
    expect(planCache({ dir, home: '/h', versions: { yarn: '4.1.0' }, probe: noProbe })[0]!.paths).toEqual([
      join(dir, '.yarn/cache'),
    ]);
  });

  it('hashes several lockfiles in a fixed order and names os labels like runners do', () => {
    const dir = project({ 'a.txt': '1', 'b.txt': '2' });
    expect(hashFiles(dir, ['b.txt', 'a.txt'])).toBe(hashFiles(dir, ['a.txt', 'b.txt']));
    expect([osLabel('linux'), osLabel('darwin'), osLabel('win32')]).toEqual(['linux', 'macos', 'windows']);
  });
});

describe('timing (printed, not asserted)', () => {
  it('computes the cache plan of this repository', () => {
    const root = join(import.meta.dirname, '../../..');
    let started = performance.now();
    const given = planCache({ dir: root, os: 'linux', versions: { npm: '10.0.0' }, probe: noProbe });
    const hashMs = performance.now() - started;
    started = performance.now();
    const probed = planCache({ dir: root, os: 'linux' });
    const probeMs = performance.now() - started;
    expect(given.map((entry) => entry.tool)).toEqual(['npm']);
    expect(probed[0]!.key.endsWith(given[0]!.key.slice(-64))).toBe(true);
    process.stdout.write(
      `cache key timings: hashing package-lock.json ${hashMs.toFixed(1)} ms, with the npm --version probe ${probeMs.toFixed(0)} ms\n`,
    );
  });
});
