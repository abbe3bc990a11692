/**
 * Containment, through the real CLI in a child process with a time bound: nothing outside the repository is read
 * (symbolic links out of the tree, FIFOs, /proc), written (fix through a link, output flags with `../` or an
 * absolute path) or printed (webhook credentials). Every case is generated here.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { checkJson, cliBundle, makeTree, removeTree, runShipshape } from './harness.js';

const SECRET = 'hunter2-outside-the-tree-0123456789';
const WORKFLOW = `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    steps:
      - uses: actions/checkout@v4
      - run: echo ${SECRET}
`;
const DOCKERFILE = `FROM node:latest\nENV API_TOKEN=${SECRET}\n`;

let outside: string;
beforeAll(async () => {
  await cliBundle();
  outside = makeTree({
    'secret/Dockerfile': DOCKERFILE,
    'secret/ci.yml': WORKFLOW,
    'secret/.shipshape.yml': `rules:\n  ${SECRET}: off\n`,
  });
});
afterAll(() => removeTree(outside));

const trees: string[] = [];
function tree(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = makeTree(files, links);
  trees.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of trees.splice(0)) removeTree(dir);
});

describe('discovery never follows a link out of the root', () => {
  test.each([
    ['a Dockerfile', 'Dockerfile', 'secret/Dockerfile'],
    ['a workflow', '.github/workflows/ci.yml', 'secret/ci.yml'],
  ])('%s linked to a file outside: skipped with a notice, its lines never printed', async (_name, path, target) => {
    const repo = tree({ 'README.md': '# app\n' }, { [path]: join(outside, target) });
    const result = await checkJson(repo);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(0);
    expect(result.findings).toEqual([]);
    expect(result.notices).toEqual([
      { path, message: 'skipped: symbolic link to a path outside the repository (not followed)' },
    ]);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    expect(result.ms).toBeLessThan(2000);
  });

  test('a folder linked from outside, named as a path argument: skipped with a notice', async () => {
    const repo = tree({ 'README.md': '# app\n' }, { vendor: join(outside, 'secret') });
    const result = await runShipshape(['check', 'vendor', '--format', 'json'], { cwd: repo });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).findings).toEqual([]);
    expect(result.stderr).toBe(
      'vendor: notice: skipped: symbolic link to a path outside the repository (not followed)\n',
    );
    expect(result.stdout).not.toContain(SECRET);
  });

  test('a Dockerfile linked to a FIFO is never opened (it would block)', async () => {
    const repo = tree({ 'ok/Dockerfile': 'FROM node:latest\n' }, { Dockerfile: 'pipe' });
    execFileSync('mkfifo', [join(repo, 'pipe')]);
    const result = await checkJson(repo);
    expect(result.timedOut).toBe(false);
    expect(result.findings.map((f) => [f.ruleId, f.path, f.line])).toEqual([
      ['docker/no-latest-tag', 'ok/Dockerfile', 1],
      ['docker/no-root-user', 'ok/Dockerfile', 1],
    ]);
    expect(result.notices).toEqual([{ path: 'Dockerfile', message: 'skipped: not a regular file' }]);
    expect(result.ms).toBeLessThan(2000);
  });

  test('a workflow linked to /proc/kmsg is never opened (reading it blocks)', async () => {
    const repo = tree(
      { 'README.md': '# app\n' },
      { '.github/workflows/kmsg.yml': '/proc/kmsg', Dockerfile: '/dev/zero' },
    );
    const result = await checkJson(repo);
    expect(result.timedOut).toBe(false);
    expect(result.findings).toEqual([]);
    expect(result.notices).toEqual([
      {
        path: '.github/workflows/kmsg.yml',
        message: 'skipped: symbolic link to a path outside the repository (not followed)',
      },
      { path: 'Dockerfile', message: 'skipped: symbolic link to a path outside the repository (not followed)' },
    ]);
    expect(result.ms).toBeLessThan(2000);
  });
});

describe('fix never edits a file outside the repository', () => {
  test('a workflow linked to a file outside is left as it is', async () => {
    const repo = tree(
      { '.github/workflows/own.yml': WORKFLOW.replace(SECRET, 'hi') },
      { '.github/workflows/ci.yml': join(outside, 'secret/ci.yml') },
    );
    const result = await runShipshape(['fix'], { cwd: repo });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(0);
    expect(readFileSync(join(outside, 'secret/ci.yml'), 'utf8')).toBe(WORKFLOW);
    // The file inside was fixed (persist-credentials), the link was not followed.
    expect(readFileSync(join(repo, '.github/workflows/own.yml'), 'utf8')).toContain('persist-credentials: false');
    expect(result.stderr).toContain(
      '.github/workflows/ci.yml: not fixed: symbolic link to a path outside the repository (not followed)\n',
    );
    expect(result.stderr).toMatch(/^applied \d+ fix(es)? in 1 file\b/m);
    expect(result.ms).toBeLessThan(2000);
  });
});

const DIGEST = `sha256:${'a'.repeat(64)}`;
const SHA = 'b'.repeat(40);

/** Every path flag of every command, with the arguments the command needs to get as far as reading it. */
const PATH_FLAGS: [command: string[], flag: string, kind: 'read' | 'write'][] = [
  [['check'], '--root', 'read'],
  [['check'], '--config', 'read'],
  [['check'], '--baseline', 'read'],
  [['check'], '--write-baseline', 'write'],
  [['check'], '--output', 'write'],
  [['fix'], '--root', 'read'],
  [['fix'], '--config', 'read'],
  [['security-gate', '--no-check', '--no-secrets'], '--root', 'read'],
  [['security-gate', '--no-check', '--no-secrets'], '--config', 'read'],
  [['security-gate', '--no-check', '--no-secrets'], '--report', 'read'],
  [['security-gate', '--no-check', '--no-secrets'], '--sarif', 'write'],
  [['security-gate', '--no-check', '--no-secrets'], '--summary', 'write'],
  [['security-gate', '--no-check', '--no-secrets'], '--dotenv', 'write'],
  [['security-gate', '--no-check', '--no-secrets'], '--github-output', 'write'],
  [['secrets-scan'], '--root', 'read'],
  [['secrets-scan'], '--config', 'read'],
  [['secrets-scan'], '--output', 'write'],
  [['sbom'], '--root', 'read'],
  [['sbom'], '--output', 'write'],
  [['sbom'], '--dotenv', 'write'],
  [['sbom'], '--github-output', 'write'],
  [['cache-plan'], '--dir', 'read'],
  [['image-tags', '--image', 'registry.example/app', '--sha', SHA], '--dotenv', 'write'],
  [['build', '--image', 'registry.example/app', '--sha', SHA, '--no-push'], '--context', 'read'],
  [['build', '--image', 'registry.example/app', '--sha', SHA, '--no-push'], '--dockerfile', 'read'],
  [['build', '--image', 'registry.example/app', '--sha', SHA, '--no-push'], '--dotenv', 'write'],
  [['registry', 'tags', '127.0.0.1:9/app'], '--dotenv', 'write'],
  [['registry', 'tags', '127.0.0.1:9/app'], '--github-output', 'write'],
  [
    [
      'deploy',
      '--environment',
      'dev',
      '--image',
      'registry.example/app',
      '--digest',
      DIGEST,
      '--deploy-command',
      'true',
    ],
    '--ssh-source',
    'read',
  ],
  [
    [
      'deploy',
      '--environment',
      'dev',
      '--image',
      'registry.example/app',
      '--digest',
      DIGEST,
      '--deploy-command',
      'true',
    ],
    '--dotenv',
    'write',
  ],
  [
    [
      'rollback',
      '--environment',
      'dev',
      '--image',
      'registry.example/app',
      '--to-digest',
      DIGEST,
      '--deploy-command',
      'true',
    ],
    '--dotenv',
    'write',
  ],
];

describe('every path flag of every command stays inside the workspace', () => {
  const values = (repo: string, parent: string) => [
    ['../escape/x.json', `"../escape/x.json" is outside the workspace ${repo}`],
    [
      join(parent, 'escape/x.json'),
      `${JSON.stringify(join(parent, 'escape/x.json'))} is outside the workspace ${repo}`,
    ],
    ['linked/x.json', `"linked/x.json" leads outside the workspace ${repo} through a symbolic link`],
  ];

  test.each(PATH_FLAGS)('%j %s', async (command, flag, kind) => {
    const parent = tree({ 'repo/README.md': '# app\n' });
    const repo = join(parent, 'repo');
    mkdirSync(join(parent, 'target'));
    // A link inside the repository to a folder outside it: a write through it would land outside.
    symlinkSync(join(parent, 'target'), join(repo, 'linked'));
    for (const [value, message] of values(repo, parent)) {
      // A read names an existing file through the link, so only containment can refuse it.
      if (kind === 'read' && value === 'linked/x.json')
        execFileSync('sh', ['-c', `echo '${SECRET}' > ${join(parent, 'target/x.json')}`]);
      const result = await runShipshape([...command, flag, value!], { cwd: repo });
      expect(result.timedOut).toBe(false);
      // The spec's pattern for build's context refuses an absolute path before containment is asked.
      const expected =
        flag === '--context' && value!.startsWith('/')
          ? `shipshape: build: --context has an invalid value ${JSON.stringify(`${value!.slice(0, 40)}…`)} (expected to match /[^/\\x00-\\x1f][^\\x00-\\x1f]*/)\n`
          : `shipshape: ${flag}: ${message}\n`;
      expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: expected });
      expect(result.stdout + result.stderr).not.toContain(SECRET);
      expect(result.ms).toBeLessThan(2000);
    }
    // Nothing was created outside: no escape folder, nothing written through the link.
    expect(existsSync(join(parent, 'escape'))).toBe(false);
    expect(readdirSync(join(parent, 'target'))).toEqual(kind === 'read' ? ['x.json'] : []);
  });

  test('a path argument outside the root or missing exits 2 naming it', async () => {
    const repo = tree({ 'README.md': '# app\n' });
    expect(await runShipshape(['check', '../..'], { cwd: repo })).toMatchObject({
      code: 2,
      stderr: `shipshape: path argument: "../.." is outside the workspace ${repo}\n`,
    });
    expect(await runShipshape(['check', '/etc'], { cwd: repo })).toMatchObject({
      code: 2,
      stderr: `shipshape: path argument: "/etc" is outside the workspace ${repo}\n`,
    });
    expect(await runShipshape(['secrets-scan', '/etc/passwd'], { cwd: repo })).toMatchObject({
      code: 2,
      stderr: `shipshape: path argument: "/etc/passwd" is outside the workspace ${repo}\n`,
    });
    expect(await runShipshape(['fix', 'nope'], { cwd: repo })).toMatchObject({
      code: 2,
      stderr: 'shipshape: path argument: "nope" does not exist\n',
    });
  });

  test('a config that is not YAML of ours is refused without echoing its content', async () => {
    const repo = tree({ 'conf.json': `{"${SECRET}": [1, }` });
    const check = await runShipshape(['check', '--baseline', 'conf.json'], { cwd: repo });
    expect(check).toMatchObject({
      code: 2,
      stderr: `shipshape: ${join(repo, 'conf.json')} is not a shipshape baseline (not valid JSON)\n`,
    });
    const gate = await runShipshape(['security-gate', '--no-check', '--no-secrets', '--report', 'trivy:conf.json'], {
      cwd: repo,
    });
    expect(gate.code).toBe(2);
    expect(gate.stderr).toBe('shipshape: scanner report conf.json: not valid JSON\n');
  });
});

describe('credentials in URLs are never printed', () => {
  let server: Server;
  let port: number;
  const seen: { authorization?: string; url?: string }[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push({ authorization: request.headers.authorization, url: request.url });
      request.resume();
      response.statusCode = request.url?.startsWith('/ok') ? 200 : 500;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a webhook with user:password is sent with an Authorization header, and never printed', async () => {
    const repo = tree({ 'README.md': '# app\n' });
    const result = await runShipshape(
      ['notify', '--webhook-url', `http://hook-user:${SECRET}@127.0.0.1:${port}/ok/hook?token=${SECRET}`],
      { cwd: repo, env: { SHIPSHAPE_WEBHOOK_URL: '' } },
    );
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: 'notify: sent\n' });
    expect(seen.at(-1)).toEqual({
      authorization: `Basic ${Buffer.from(`hook-user:${SECRET}`).toString('base64')}`,
      url: `/ok/hook?token=${SECRET}`,
    });
  });

  test('an unreachable webhook: the error names the host, not the credentials or the query', async () => {
    const repo = tree({ 'README.md': '# app\n' });
    // A port that was just free: the connection is refused at once.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closed = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const result = await runShipshape(
      ['notify', '--webhook-url', `http://hook-user:${SECRET}@127.0.0.1:${closed}/hook?token=${SECRET}`],
      { cwd: repo },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `notify: not sent: webhook failed: fetch failed (connect ECONNREFUSED 127.0.0.1:${closed})\n`,
    );
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    expect(result.stdout + result.stderr).not.toContain('hook-user');
  });

  test('a webhook with a bad URL shape is refused without printing it', async () => {
    const repo = tree({ 'README.md': '# app\n' });
    const result = await runShipshape(['notify', '--webhook-url', `ftp://hook-user:${SECRET}@127.0.0.1/x`], {
      cwd: repo,
    });
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
  });
});
