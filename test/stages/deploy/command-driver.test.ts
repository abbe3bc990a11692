import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CommandDriver, type CommandDriverConfig } from '../../../src/stages/deploy/drivers/command.js';
import { httpVerifier, DEFAULT_HEALTH } from '../../../src/stages/deploy/health.js';
import { deployMessage, postWebhook } from '../../../src/stages/deploy/notify.js';
import { runDeploy } from '../../../src/stages/deploy/orchestrator.js';
import type { DeployRequest, StrategyConfig } from '../../../src/stages/deploy/types.js';
import { freePort } from '../../helpers/ports.js';

const fixtures = resolve('test/fixtures/deploy');
const V1 = `sha256:${'1'.repeat(64)}`;
const V2 = `sha256:${'2'.repeat(64)}`;
const BAD = `sha256:bad${'0'.repeat(61)}`;
const health = { ...DEFAULT_HEALTH, retries: 30, intervalMs: 100, timeoutMs: 1000, successThreshold: 2 };

let state: string;
let ports: Record<string, number>;

beforeAll(async () => {
  ports = {};
  for (const instance of ['stable_0', 'stable_1', 'stable_2', 'canary_0']) ports[instance] = await freePort();
});

beforeEach(() => {
  state = mkdtempSync(join(tmpdir(), 'shipshape-deploy-'));
});

afterEach(() => {
  // Stop every app process the test started.
  for (const instance of Object.keys(ports)) {
    try {
      process.kill(Number(readFileSync(join(state, `${instance}.pid`), 'utf8')));
    } catch {
      // not running
    }
  }
  rmSync(state, { recursive: true, force: true });
});

const url = (instance: string, path = '/healthz'): string => `http://127.0.0.1:${ports[instance]}${path}`;

function driverFor(
  strategy: StrategyConfig,
  digest: string,
  previousDigest: string | undefined,
  overrides: Partial<CommandDriverConfig> = {},
) {
  const request: DeployRequest = { environment: 'dev', image: '127.0.0.1:5000/app', digest, previousDigest, strategy };
  const env: Record<string, string> = {
    STATE_DIR: state,
    APP: join(fixtures, 'app.mjs'),
    DEPLOY_TOKEN: 'tok-s3cr3t-value',
  };
  for (const [instance, port] of Object.entries(ports)) env[`PORT_${instance}`] = String(port);
  const driver = new CommandDriver(
    {
      deploy: `sh ${join(fixtures, 'ctl.sh')} deploy`,
      route: `sh ${join(fixtures, 'ctl.sh')} route`,
      healthUrls: {
        stable:
          strategy.kind === 'rolling' && strategy.batches === 3
            ? ['stable_0', 'stable_1', 'stable_2'].map((i) => url(i))
            : [url('stable_0')],
        canary: [url('canary_0')],
      },
      cwd: state,
      env,
      timeoutMs: 20_000,
      ...overrides,
    },
    request,
  );
  return { request, driver };
}

async function body(target: string): Promise<string> {
  try {
    return (await (await fetch(target)).text()).trim();
  } catch {
    return 'down';
  }
}

async function deploy(
  strategy: StrategyConfig,
  digest: string,
  previous: string | undefined,
  overrides?: Partial<CommandDriverConfig>,
) {
  const { request, driver } = driverFor(strategy, digest, previous, overrides);
  return runDeploy(request, driver, httpVerifier(health, driver.verifyCommand()), {
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 50))),
  });
}

describe('rolling with the command driver', () => {
  const rolling: StrategyConfig = { kind: 'rolling', batches: 3 };

  test('replaces every instance batch by batch', async () => {
    expect((await deploy(rolling, V1, undefined)).result).toBe('succeeded');
    const record = await deploy(rolling, V2, V1);
    expect(record.result).toBe('succeeded');
    expect(record.steps.map((step) => `${step.name}:${step.ok}`)).toEqual([
      'deploy:true',
      'verify:true',
      'deploy:true',
      'verify:true',
      'deploy:true',
      'verify:true',
    ]);
    for (const instance of ['stable_0', 'stable_1', 'stable_2']) expect(await body(url(instance, '/'))).toBe(V2);
  });

  test('a batch that fails its health check is rolled back with every batch before it', async () => {
    await deploy(rolling, V1, undefined);
    const record = await deploy(rolling, BAD, V1);
    expect(record.result).toBe('rolled-back');
    expect(record.reason).toMatch(/^batch 1\/3 failed verification: .*HTTP 500/);
    for (const instance of ['stable_0', 'stable_1', 'stable_2']) expect(await body(url(instance, '/'))).toBe(V1);
    expect(record.steps.slice(-2).map((step) => `${step.name}:${step.ok}`)).toEqual(['rollback:true', 'verify:true']);
  });
});

describe('canary with the command driver', () => {
  const canary: StrategyConfig = { kind: 'canary', steps: [10, 50], pauseSeconds: 1 };

  test('raises the share step by step, promotes, and retires the canary', async () => {
    await deploy({ kind: 'rolling', batches: 1 }, V1, undefined);
    const record = await deploy(canary, V2, V1);
    expect(record.result).toBe('succeeded');
    expect(await body(url('stable_0', '/'))).toBe(V2);
    expect(await body(url('canary_0', '/'))).toBe('down');
    expect(readFileSync(join(state, 'routes'), 'utf8').trim().split('\n')).toEqual([
      'canary 10',
      'canary 50',
      'canary 0',
    ]);
    expect(record.steps.filter((step) => step.name === 'pause')).toHaveLength(2);
  });

  test('an unhealthy canary never takes traffic and stable keeps serving', async () => {
    await deploy({ kind: 'rolling', batches: 1 }, V1, undefined);
    const record = await deploy(canary, BAD, V1);
    expect(record.result).toBe('rolled-back');
    expect(record.reason).toMatch(/^canary failed verification before taking traffic/);
    expect(await body(url('stable_0', '/'))).toBe(V1);
    expect(await body(url('canary_0', '/'))).toBe('down');
    expect(readFileSync(join(state, 'routes'), 'utf8').trim()).toBe('canary 0');
  });

  test('a failing verify command rolls the canary back', async () => {
    await deploy({ kind: 'rolling', batches: 1 }, V1, undefined);
    const record = await deploy(canary, V2, V1, { verify: 'test "$SHIPSHAPE_TRACK" != canary' });
    expect(record.result).toBe('rolled-back');
    expect(record.reason).toMatch(/verify command exited 1/);
    expect(await body(url('stable_0', '/'))).toBe(V1);
  });
});

describe('failure notification', () => {
  let server: Server;
  let received: { text: string; shipshape: { result: string } }[];
  let hook: string;

  beforeAll(async () => {
    received = [];
    server = createServer((request, response) => {
      let data = '';
      request.on('data', (chunk: Buffer) => (data += chunk.toString()));
      request.on('end', () => {
        received.push(JSON.parse(data));
        response.writeHead(200).end('ok');
      });
    });
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    hook = `http://127.0.0.1:${port}/hook`;
  });

  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  test('a failed deploy posts the environment, digest and reason with the secret masked', async () => {
    await deploy({ kind: 'rolling', batches: 1 }, V1, undefined);
    const record = await deploy({ kind: 'rolling', batches: 1 }, V2, V1, {
      deploy: `sh ${join(fixtures, 'ctl.sh')} fail-with-secret`,
      rollback: `sh ${join(fixtures, 'ctl.sh')} deploy`,
    });
    expect(record.result).toBe('rolled-back');
    expect(record.reason).toContain('tok-s3cr3t-value');
    const error = await postWebhook(
      hook,
      deployMessage(record, { commit: 'abc1234', runUrl: 'https://ci.example/run/1' }, ['tok-s3cr3t-value']),
    );
    expect(error).toBeUndefined();
    expect(received).toHaveLength(1);
    const message = received[0]!;
    expect(message.text).toContain('Deploy to *dev* was rolled back');
    expect(message.text).toContain(V2);
    expect(message.text).toContain('commit: abc1234');
    expect(message.text).toContain('run: https://ci.example/run/1');
    expect(JSON.stringify(message)).not.toContain('tok-s3cr3t-value');
    expect(message.text).toContain('token ***');
    expect(message.shipshape.result).toBe('rolled-back');
    expect(await body(url('stable_0', '/'))).toBe(V1);
  });
});
