import { cpSync, mkdtempSync, mkdirSync, readFileSync, readlinkSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SshDriver, releaseId, type SshDriverConfig } from '../../src/stages/deploy/drivers/ssh.js';
import { DEFAULT_HEALTH, get, httpVerifier } from '../../src/stages/deploy/health.js';
import { runDeploy, runRollback } from '../../src/stages/deploy/orchestrator.js';
import type { DeployRequest, StrategyConfig } from '../../src/stages/deploy/types.js';
import { startNginx, type Nginx } from '../helpers/nginx.js';
import { freePort } from '../helpers/ports.js';
import { startSshd, type SshServer } from '../helpers/sshd.js';

const digest = (fill: string): string => `sha256:${fill.repeat(64).slice(0, 64)}`;
const V1 = digest('a1');
const V2 = digest('b2');
const V3 = digest('c3');
const BAD = `sha256:bad${'d'.repeat(61)}`;
const health = { ...DEFAULT_HEALTH, retries: 40, intervalMs: 100, timeoutMs: 1000, successThreshold: 2 };

// The restart command runs on the host in the release folder: stop the track's process, start the new one.
const RESTART = [
  'pidfile="$SHIPSHAPE_BASE/$SHIPSHAPE_LINK.pid"',
  'if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; fi',
  'if [ "$SHIPSHAPE_TRACK" = stable ]; then listen="PORT=$APP_PORT"; else listen="SOCKET=$SHIPSHAPE_BASE/$SHIPSHAPE_TRACK.sock"; fi',
  'env VERSION="$SHIPSHAPE_DIGEST" $listen setsid nohup node app.mjs </dev/null >"$SHIPSHAPE_BASE/$SHIPSHAPE_LINK.log" 2>&1 &',
  'echo $! >"$pidfile"',
].join('\n');
const STOP =
  'if [ -f "$SHIPSHAPE_BASE/$SHIPSHAPE_LINK.pid" ]; then kill "$(cat "$SHIPSHAPE_BASE/$SHIPSHAPE_LINK.pid")" 2>/dev/null || true; rm -f "$SHIPSHAPE_BASE/$SHIPSHAPE_LINK.pid"; fi';

let work: string;
let sshd: SshServer;
let base: string;
let release: string;
let appPort: number;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'shipshape-ssh-'));
  sshd = await startSshd(join(work, 'sshd'));
  base = join(work, 'srv');
  mkdirSync(base);
  release = join(work, 'release');
  mkdirSync(release);
  cpSync(resolve('test/fixtures/deploy/app.mjs'), join(release, 'app.mjs'));
  appPort = await freePort();
});

afterAll(async () => {
  for (const link of ['current', 'blue', 'green', 'canary']) {
    const pidfile = join(base, `${link}.pid`);
    if (existsSync(pidfile)) {
      try {
        process.kill(Number(readFileSync(pidfile, 'utf8')));
      } catch {
        // already stopped
      }
    }
  }
  await sshd.stop();
  rmSync(work, { recursive: true, force: true });
});

function setup(
  strategy: StrategyConfig,
  next: string,
  previous: string | undefined,
  healthUrls: SshDriverConfig['healthUrls'],
) {
  const request: DeployRequest = {
    environment: 'staging',
    image: '127.0.0.1:5000/service',
    digest: next,
    previousDigest: previous,
    strategy,
  };
  const driver = new SshDriver(
    {
      hosts: [sshd.host],
      port: sshd.port,
      identityFile: sshd.identityFile,
      knownHostsFile: sshd.knownHostsFile,
      baseDir: base,
      source: release,
      restart: RESTART,
      stop: STOP,
      env: { APP_PORT: String(appPort) },
      healthUrls,
    },
    request,
  );
  return { request, driver, verifier: httpVerifier(health) };
}

const text = async (url: string): Promise<string> => (await get(url, 2000)).body.trim();

describe('ssh driver: releases folder with an atomic current link', () => {
  const rolling: StrategyConfig = { kind: 'rolling', batches: 1 };
  const stableUrls = () => ({ stable: [`http://127.0.0.1:${appPort}/healthz`] });

  test('deploys, keeps earlier releases, rolls back by hand and by itself', async () => {
    let { request, driver, verifier } = setup(rolling, V1, undefined, stableUrls());
    expect((await runDeploy(request, driver, verifier)).result).toBe('succeeded');
    ({ request, driver, verifier } = setup(rolling, V2, V1, stableUrls()));
    const second = await runDeploy(request, driver, verifier);
    expect(second.result).toBe('succeeded');
    expect(await text(`http://127.0.0.1:${appPort}/`)).toBe(V2);
    expect(readlinkSync(join(base, 'current'))).toBe(join(base, 'releases', releaseId(V2)));
    expect(readFileSync(join(base, 'current', 'REVISION'), 'utf8').trim()).toBe(`127.0.0.1:5000/service@${V2}`);
    expect(existsSync(join(base, 'releases', releaseId(V1), 'app.mjs'))).toBe(true);

    // Manual rollback to the previous release.
    ({ request, driver, verifier } = setup(rolling, V1, V2, stableUrls()));
    const manual = await runRollback(request, driver, verifier);
    expect(manual.result).toBe('succeeded');
    expect(await text(`http://127.0.0.1:${appPort}/`)).toBe(V1);
    expect(readlinkSync(join(base, 'current'))).toBe(join(base, 'releases', releaseId(V1)));

    // A release that fails its health check is rolled back automatically and V1 answers again.
    ({ request, driver, verifier } = setup(rolling, BAD, V1, stableUrls()));
    const failed = await runDeploy(request, driver, verifier);
    expect(failed.result).toBe('rolled-back');
    expect(failed.reason).toMatch(/^batch 1\/1 failed verification: .*HTTP 500/);
    expect(await text(`http://127.0.0.1:${appPort}/`)).toBe(V1);
    expect(readlinkSync(join(base, 'current'))).toBe(join(base, 'releases', releaseId(V1)));
    const ms = (record: { steps: { name: string; ms: number }[] }, name: string) =>
      record.steps
        .filter((step) => step.name === name)
        .map((step) => step.ms)
        .join('+');
    process.stdout.write(
      `ssh deploy: ${second.durationMs} ms (deploy ${ms(second, 'deploy')}, verify ${ms(second, 'verify')}); manual rollback ${manual.durationMs} ms; automatic rollback ${failed.durationMs} ms (verify ${ms(failed, 'verify')}, rollback ${ms(failed, 'rollback')})\n`,
    );
  });

  test('hostile values never reach the remote shell as code', async () => {
    const { driver } = setup(rolling, V1, undefined, stableUrls());
    await expect(driver.deploy({ digest: 'sha256:$(touch /tmp/pwned)', track: 'stable' })).rejects.toThrow(
      /not an image digest/,
    );
    expect(
      () =>
        setup(rolling, V1, undefined, {}).driver &&
        new SshDriver(
          { hosts: ['-oProxyCommand=touch /tmp/pwned'], baseDir: base, restart: ':', healthUrls: {} },
          {} as DeployRequest,
        ),
    ).toThrow(/invalid ssh host/);
    expect(existsSync('/tmp/pwned')).toBe(false);
  });
});

describe('blue-green through nginx with the unix-socket switch', () => {
  let nginx: Nginx;

  beforeAll(async () => {
    nginx = await startNginx(join(work, 'nginx'), join(base, 'active.sock'));
  });

  afterAll(async () => {
    await nginx.stop();
  });

  test('several switches under a steady request loop drop no request', async () => {
    const blueGreen: StrategyConfig = { kind: 'blue-green' };
    const urls = {
      blue: [`unix:${join(base, 'blue.sock')}:/healthz`],
      green: [`unix:${join(base, 'green.sock')}:/healthz`],
      stable: [`${nginx.url}/healthz`],
    };
    // First release: nothing is live yet, so the loop starts once it is.
    let { request, driver, verifier } = setup(blueGreen, V1, undefined, urls);
    const first = await runDeploy(request, driver, verifier);
    expect(first.reason).toBeUndefined();
    expect(first.result).toBe('succeeded');

    let running = true;
    let sent = 0;
    let failed = 0;
    const seen = new Set<string>();
    const loop = (async () => {
      const deadline = Date.now() + 60_000;
      while (running && sent < 200_000 && Date.now() < deadline) {
        sent++;
        try {
          const response = await fetch(`${nginx.url}/`);
          const body = (await response.text()).trim();
          if (response.status !== 200) failed++;
          else seen.add(body);
        } catch {
          failed++;
        }
      }
    })();

    const results: string[] = [];
    let previous = V1;
    for (const next of [V2, V3, BAD, V1]) {
      ({ request, driver, verifier } = setup(blueGreen, next, previous, urls));
      const record = await runDeploy(request, driver, verifier);
      results.push(record.result);
      if (record.result === 'succeeded') previous = next;
    }
    running = false;
    await loop;

    expect(results).toEqual(['succeeded', 'succeeded', 'rolled-back', 'succeeded']);
    expect(sent).toBeGreaterThan(100);
    expect(failed).toBe(0);
    expect([...seen].sort()).toEqual([V1, V2, V3].sort());
    expect(await text(`${nginx.url}/`)).toBe(V1);
    process.stdout.write(
      `blue-green: ${sent} requests across 4 deploys (3 traffic switches, 1 rolled back before its switch), ${failed} failed\n`,
    );
  });
});
