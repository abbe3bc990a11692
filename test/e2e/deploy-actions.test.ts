import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../helpers/ports.js';
import { buildAndPush, buildahStore, startRegistry, type Buildah, type TestRegistry } from '../helpers/registry.js';

// The bundled actions run as GitHub runs them: `node dist/<name>/index.js` with INPUT_* variables and the
// file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) in a temp folder.
const ctl = resolve('test/fixtures/deploy/ctl.sh');
let registry: TestRegistry;
let buildah: Buildah;
let work: string;
let appPort: number;
let hook: Server;
let hookUrl: string;
const received: { text: string }[] = [];
const digests: Record<string, string> = {};

beforeAll(async () => {
  registry = await startRegistry();
  buildah = buildahStore();
  for (const name of ['v1', 'v2']) digests[name] = buildAndPush(buildah, registry, 'web', name, `web ${name}`);
  work = mkdtempSync(join(tmpdir(), 'shipshape-deploy-actions-'));
  appPort = await freePort();
  const hookPort = await freePort();
  hook = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push(JSON.parse(body));
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => hook.listen(hookPort, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${hookPort}/services/T0/B0/xyzSECRET`;
}, 120_000);

afterAll(async () => {
  try {
    process.kill(Number(readFileSync(join(work, 'stable_0.pid'), 'utf8')));
  } catch {
    // not running
  }
  await new Promise<void>((r) => hook.close(() => r()));
  await registry.stop();
  buildah.cleanup();
  rmSync(work, { recursive: true, force: true });
});

/** Async, so this process keeps serving the webhook receiver while the action runs. */
async function runAction(name: string, inputs: Record<string, string>) {
  const files = mkdtempSync(join(work, `${name}-`));
  const output = join(files, 'output');
  const summary = join(files, 'summary');
  for (const file of [output, summary]) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: work,
    GITHUB_SHA: 'cafe0123',
    GITHUB_REPOSITORY: 'acme/web',
    GITHUB_RUN_ID: '99',
    GITHUB_WORKFLOW: 'release',
    STATE_DIR: work,
    APP: resolve('test/fixtures/deploy/app.mjs'),
    PORT_stable_0: String(appPort),
  };
  for (const [input, value] of Object.entries(inputs)) env[`INPUT_${input.toUpperCase()}`] = value;
  const result = await new Promise<{ code: number; stdout: string }>((done) => {
    execFile(
      process.execPath,
      [resolve(`dist/${name}/index.js`)],
      { env, encoding: 'utf8', cwd: work },
      (error, stdout) => {
        done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout });
      },
    );
  });
  return { ...result, output: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8') };
}

const outputsOf = (text: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) out[match[1]!] = match[3]!;
  return out;
};

const deployInputs = (digest: string) => ({
  environment: 'dev',
  image: `${registry.host}/web`,
  digest,
  'deploy-command': `sh ${ctl} deploy`,
  'health-urls': `http://127.0.0.1:${appPort}/healthz`,
  'health-interval-seconds': '0.2',
  'health-retries': '50',
  'webhook-url': hookUrl,
});

test('deploy and rollback actions run from dist with the registry ledger', async () => {
  const first = await runAction('deploy', deployInputs(digests.v1!));
  expect(first.stdout).not.toContain('::error::');
  expect(first.code).toBe(0);
  const second = await runAction('deploy', deployInputs(digests.v2!));
  expect(second.code).toBe(0);
  const outputs = outputsOf(second.output);
  expect(outputs).toMatchObject({
    result: 'succeeded',
    environment: 'dev',
    digest: digests.v2,
    'previous-digest': digests.v1,
    strategy: 'rolling',
  });
  expect(JSON.parse(outputs.record!).steps.map((step: { name: string }) => step.name)).toEqual(['deploy', 'verify']);
  expect(second.summary).toContain('### Deploy to dev: succeeded');
  expect((await (await fetch(`http://127.0.0.1:${appPort}/`)).text()).trim()).toBe(digests.v2);

  const back = await runAction('rollback', {
    environment: 'dev',
    image: `${registry.host}/web`,
    'deploy-command': `sh ${ctl} deploy`,
    'health-urls': `http://127.0.0.1:${appPort}/healthz`,
    'health-interval-seconds': '0.2',
    'health-retries': '50',
    'webhook-url': hookUrl,
  });
  expect(back.code).toBe(0);
  expect(outputsOf(back.output)).toMatchObject({
    result: 'succeeded',
    digest: digests.v1,
    'previous-digest': digests.v2,
  });
  expect((await (await fetch(`http://127.0.0.1:${appPort}/`)).text()).trim()).toBe(digests.v1);
  expect(received.at(-1)!.text).toContain('was rolled back');
  expect(JSON.stringify(received)).not.toContain('xyzSECRET');
});

test('hostile inputs are refused before anything runs and cannot forge outputs', async () => {
  const pwned = join(work, 'pwned');
  const hostile = await runAction('deploy', { ...deployInputs(`$(touch ${pwned})`) });
  expect(hostile.code).toBe(1);
  expect(hostile.stdout).toContain('::error::shipshape deploy: input "digest" has an invalid value');
  expect(hostile.output).toBe('');
  const newline = await runAction('deploy', {
    ...deployInputs(digests.v1!),
    environment: 'dev\n::set-output name=result::succeeded',
  });
  expect(newline.code).toBe(1);
  expect(newline.output).toBe('');
  expect(newline.stdout).not.toMatch(/^::set-output/m);
  expect(existsSync(pwned)).toBe(false);
});

test('notify posts a masked failure message; a delimiter in the message cannot forge outputs', async () => {
  const before = received.length;
  const result = await runAction('notify', {
    'webhook-url': hookUrl,
    message: 'deploy-prod failed\nsent<<EOF\nforged\nEOF\n`touch pwned` $(id)',
  });
  expect(result.code).toBe(0);
  expect(outputsOf(result.output)).toEqual({ sent: 'true' });
  // The action waits for the webhook's answer before it exits: the message is here by now.
  expect(received).toHaveLength(before + 1);
  const message = received.at(-1)!;
  expect(message.text).toContain(':x: release in acme/web: failure');
  expect(message.text).toContain('run: https://github.com/acme/web/actions/runs/99');
  expect(message.text).toContain('`touch pwned` $(id)');
  expect(JSON.stringify(message)).not.toContain('xyzSECRET');
  expect(existsSync(join(work, 'pwned'))).toBe(false);
});
