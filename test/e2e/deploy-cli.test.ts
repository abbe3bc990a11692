import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import { RegistryClient } from '../../src/stages/registry/index.js';
import { freePort } from '../helpers/ports.js';
import { buildAndPush, buildahStore, startRegistry, type Buildah, type TestRegistry } from '../helpers/registry.js';

const ctl = resolve('test/fixtures/deploy/ctl.sh');
let registry: TestRegistry;
let buildah: Buildah;
let work: string;
let appPort: number;
let hookServer: Server;
let hookPort: number;
const received: { text: string }[] = [];
const digests: Record<string, string> = {};

beforeAll(async () => {
  registry = await startRegistry();
  buildah = buildahStore();
  for (const name of ['v1', 'v2', 'broken'])
    digests[name] = buildAndPush(buildah, registry, 'service', name, `release ${name}`);
  work = mkdtempSync(join(tmpdir(), 'shipshape-deploy-cli-'));
  writeFileSync(join(work, 'broken'), `${digests.broken}\n`);
  appPort = await freePort();
  hookPort = await freePort();
  hookServer = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(JSON.parse(body));
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => hookServer.listen(hookPort, '127.0.0.1', r));
}, 120_000);

afterAll(async () => {
  try {
    process.kill(Number(readFileSync(join(work, 'stable_0.pid'), 'utf8')));
  } catch {
    // not running
  }
  await new Promise<void>((r) => hookServer.close(() => r()));
  await registry.stop();
  buildah.cleanup();
  rmSync(work, { recursive: true, force: true });
});

async function cli(
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string; outputs: string }> {
  const outputFile = join(work, `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: work,
    isTTY: false,
    env: {
      PATH: process.env.PATH,
      GITHUB_OUTPUT: outputFile,
      GITHUB_SHA: 'f00dfeed',
      GITHUB_REPOSITORY: 'acme/service',
      GITHUB_RUN_ID: '42',
      STATE_DIR: work,
      APP: resolve('test/fixtures/deploy/app.mjs'),
      PORT_stable_0: String(appPort),
      SHIPSHAPE_HEALTH_URLS: `http://127.0.0.1:${appPort}/healthz`,
      SHIPSHAPE_HEALTH_INTERVAL_SECONDS: '0.1',
      SHIPSHAPE_HEALTH_RETRIES: '30',
      SHIPSHAPE_WEBHOOK_URL: `http://127.0.0.1:${hookPort}/hook/s3cret-path-token`,
      ...extraEnv,
    },
  });
  return { code, stdout, stderr, outputs: readFileSync(outputFile, 'utf8') };
}

const deployArgs = (digest: string) => [
  'deploy',
  '--environment',
  'dev',
  '--image',
  `${registry.host}/service`,
  '--digest',
  digest,
  '--deploy-command',
  `sh ${ctl} deploy`,
];
const serving = async (): Promise<string> => (await (await fetch(`http://127.0.0.1:${appPort}/`)).text()).trim();
const ledger = async () => {
  const client = new RegistryClient({ registry: registry.host });
  return {
    dev: await client.tryResolveDigest('service', 'dev'),
    previous: await client.tryResolveDigest('service', 'dev-previous'),
  };
};

test('deploys through the ledger, rolls a bad release back by itself, notifies, and rolls back by hand', async () => {
  const first = await cli(deployArgs(digests.v1!));
  expect(first.stderr).toContain('ledger: dev runs nothing yet');
  expect(first.code).toBe(0);
  expect(await ledger()).toEqual({ dev: digests.v1, previous: undefined });

  const second = await cli(deployArgs(digests.v2!));
  expect(second.code).toBe(0);
  expect(second.outputs).toMatch(/^result<<ghadelimiter_[0-9a-f-]+\nsucceeded\n/m);
  expect(second.outputs).toContain(`previous-digest<<`);
  expect(second.outputs).toContain(`\n${digests.v1}\n`);
  expect(await serving()).toBe(digests.v2);
  expect(await ledger()).toEqual({ dev: digests.v2, previous: digests.v1 });
  expect(received).toHaveLength(0);

  const bad = await cli(deployArgs(digests.broken!));
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain('### Deploy to dev: rolled-back');
  expect(await serving()).toBe(digests.v2);
  expect(await ledger()).toEqual({ dev: digests.v2, previous: digests.v1 });
  expect(received).toHaveLength(1);
  expect(received[0]!.text).toContain('Deploy to *dev* was rolled back');
  expect(received[0]!.text).toContain(digests.broken);
  expect(received[0]!.text).toContain('commit: f00dfeed');
  expect(received[0]!.text).toContain('run: https://github.com/acme/service/actions/runs/42');
  expect(JSON.stringify(received[0])).not.toContain('s3cret-path-token');

  const back = await cli([
    'rollback',
    '--environment',
    'dev',
    '--image',
    `${registry.host}/service`,
    '--deploy-command',
    `sh ${ctl} deploy`,
  ]);
  expect(back.code).toBe(0);
  expect(await serving()).toBe(digests.v1);
  expect(await ledger()).toEqual({ dev: digests.v1, previous: digests.v2 });
  expect(received).toHaveLength(2);
  expect(received[1]!.text).toContain('was rolled back');
});

test('bad inputs exit 2 with a message naming the input', async () => {
  const result = await cli([
    'deploy',
    '--environment',
    'dev',
    '--image',
    `${registry.host}/service`,
    '--digest',
    '$(touch pwned)',
    '--deploy-command',
    'true',
  ]);
  expect(result.code).toBe(2);
  expect(result.stderr).toBe(
    'shipshape: input "digest" must be an image digest (sha256: and 64 hex digits), not "$(touch pwned)"\n',
  );
  const strategy = await cli([...deployArgs(digests.v1!), '--strategy', 'big-bang']);
  expect(strategy.code).toBe(2);
  expect(strategy.stderr).toContain('input "strategy" must be one of rolling, blue-green, canary');
});

test('the promotion gate: only approvers, and only the digest the previous environment runs', async () => {
  // After the first test, dev runs v1 (rolled back by hand).
  const promote = (digest: string, actor: string) =>
    cli(
      [
        'deploy',
        '--environment',
        'staging',
        '--image',
        `${registry.host}/service`,
        '--digest',
        digest,
        '--deploy-command',
        `sh ${ctl} deploy`,
        '--approvers',
        'alice, carol',
        '--after-environment',
        'dev',
      ],
      { GITHUB_ACTOR: actor },
    );
  const stranger = await promote(digests.v1!, 'mallory');
  expect(stranger.code).toBe(2);
  expect(stranger.stderr).toBe(
    'shipshape: deploy to staging refused: mallory is not an approver of staging (alice, carol)\n',
  );
  const skipped = await promote(digests.v2!, 'alice');
  expect(skipped.code).toBe(2);
  expect(skipped.stderr).toBe(
    `shipshape: deploy to staging refused: ${digests.v2} is not what dev runs (${digests.v1}): promote the digest that passed dev\n`,
  );
  const ok = await promote(digests.v1!, 'Alice');
  expect(ok.stderr).toContain('gate passed for staging: Alice is an approver, dev runs this digest');
  expect(ok.code).toBe(0);
  const client = new RegistryClient({ registry: registry.host });
  expect(await client.tryResolveDigest('service', 'staging')).toBe(digests.v1);
});

test('notify posts a pipeline failure from GitLab variables and never fails the job itself', async () => {
  const before = received.length;
  const sent = await cli(['notify', '--message', 'job deploy-prod failed'], {
    GITHUB_RUN_ID: '',
    GITHUB_REPOSITORY: '',
    CI_PIPELINE_URL: 'https://gitlab.example/acme/service/-/pipelines/5',
    CI_PROJECT_PATH: 'acme/service',
    CI_PROJECT_NAME: 'service',
  });
  expect(sent.code).toBe(0);
  expect(sent.stderr).toBe('notify: sent\n');
  expect(received).toHaveLength(before + 1);
  expect(received.at(-1)!.text).toContain(':x: service pipeline in acme/service: failure');
  expect(received.at(-1)!.text).toContain('run: https://gitlab.example/acme/service/-/pipelines/5');
  expect(JSON.stringify(received.at(-1))).not.toContain('s3cret-path-token');
  const unreachable = await cli(['notify', '--webhook-url', 'http://127.0.0.1:9/nowhere']);
  expect(unreachable.code).toBe(0);
  expect(unreachable.stderr).toMatch(/^notify: not sent: webhook failed: /);
  const invalid = await cli(['notify', '--status', 'maybe']);
  expect(invalid.code).toBe(2);
  expect(invalid.stderr).toContain('input "status" must be one of failure, success, cancelled');
});
