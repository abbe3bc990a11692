import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';

/** A real Debian `docker-registry` (distribution 2.8) on 127.0.0.1, storage in a temp folder, delete enabled. */
export interface TestRegistry {
  /** `127.0.0.1:<port>`: the registry part of image references. */
  host: string;
  port: number;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** The run folder (storage, config, log). */
  dir: string;
  /** The registry's log so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

export interface StartRegistryOptions {
  /** Extra YAML appended to the config (e.g. an `auth:` section). */
  extraConfig?: string;
  /** Milliseconds to wait for `/v2/` to answer (default 10 s). */
  readyTimeoutMs?: number;
}

/** Starts the registry and waits until `GET /v2/` answers (200, or 401 when auth is configured). Stop it in afterAll. */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  mkdirSync(join(dir, 'storage'));
  const config = [
    'version: 0.1',
    'log:',
    '  level: warn',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'storage')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${host}`,
    options.extraConfig ?? '',
  ].join('\n');
  writeFileSync(join(dir, 'config.yml'), `${config}\n`);
  const logFile = join(dir, 'registry.log');
  writeFileSync(logFile, '');
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const append = (chunk: Buffer) => writeFileSync(logFile, chunk, { flag: 'a' });
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let exited = false;
  child.on('exit', () => (exited = true));
  const log = () => readFileSync(logFile, 'utf8');
  const stop = async () => {
    if (!exited && child.pid) {
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await done;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 10_000);
  for (;;) {
    if (exited) {
      const text = log();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`docker-registry exited before it was ready:\n${text}`);
    }
    try {
      const response = await fetch(`http://${host}/v2/`);
      await response.body?.cancel();
      if (response.status === 200 || response.status === 401) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`docker-registry on ${host} was not ready in time`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { host, port, url: `http://${host}`, dir, log, stop };
}

/** A per-test buildah store (vfs driver, chroot isolation): no daemon, nothing shared with other tests. */
export interface Buildah {
  /** Runs buildah with the store flags; throws with stderr on failure. Returns stdout. */
  run(args: string[], options?: { cwd?: string }): string;
  dir: string;
  cleanup(): void;
}

export function buildahStore(): Buildah {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-buildah-'));
  const store = ['--root', join(dir, 'store'), '--runroot', join(dir, 'run'), '--storage-driver', 'vfs'];
  return {
    dir,
    run(args, options = {}) {
      const result = spawnSync('buildah', [...store, ...args], {
        cwd: options.cwd ?? dir,
        encoding: 'utf8',
        env: { ...process.env, BUILDAH_ISOLATION: 'chroot', STORAGE_DRIVER: 'vfs' },
      });
      if (result.status !== 0) throw new Error(`buildah ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
      return result.stdout;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Builds a tiny `FROM scratch` image holding one file with the given content (different content → different
 * digest; `--timestamp 0` → same digest on rebuild) and pushes it to `<registry.host>/<repository>:<tag>`.
 * Returns the manifest digest buildah pushed.
 */
export function buildAndPush(buildah: Buildah, registry: TestRegistry, repository: string, tag: string, content: string): string {
  const context = mkdtempSync(join(buildah.dir, 'context-'));
  writeFileSync(join(context, 'release.txt'), `${content}\n`);
  writeFileSync(join(context, 'Containerfile'), 'FROM scratch\nCOPY release.txt /release.txt\n');
  const local = `localhost/${repository}:${tag}`;
  buildah.run(['bud', '--isolation', 'chroot', '--timestamp', '0', '--format', 'oci', '-f', 'Containerfile', '-t', local, '.'], { cwd: context });
  const digestFile = join(context, 'digest');
  buildah.run(['push', '--tls-verify=false', '--digestfile', digestFile, local, `docker://${registry.host}/${repository}:${tag}`]);
  return readFileSync(digestFile, 'utf8').trim();
}
