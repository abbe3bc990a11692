import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';

export interface TokenRequest {
  scopes: string[];
  service: string;
  user?: string;
  granted: boolean;
}

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
  /** With token auth: every request the token service answered so far (scopes asked, whether credentials matched). */
  tokenRequests(): TokenRequest[];
  /** Forgets the token requests seen so far. */
  clearTokenRequests(): void;
  stop(): Promise<void>;
}

export interface StartRegistryOptions {
  /** Extra YAML appended to the config (e.g. an `auth:` section). */
  extraConfig?: string;
  /** Milliseconds to wait for `/v2/` to answer (default 10 s). */
  readyTimeoutMs?: number;
  /**
   * Bearer token auth as registries in the wild do it: the registry answers 401 with a
   * `WWW-Authenticate: Bearer realm=…` challenge, a token service on another port checks Basic credentials
   * and issues a JWT signed with a throw-away key whose certificate the registry trusts.
   */
  tokenAuth?: { users: Record<string, string> };
}

/**
 * The token service runs in its own Node process: buildah and the helpers here use spawnSync, which would
 * otherwise block the event loop that has to answer buildah's token requests.
 */
const TOKEN_SERVICE = String.raw`
const { createServer } = require('node:http');
const { createSign, randomUUID } = require('node:crypto');
const { appendFileSync, readFileSync } = require('node:fs');
const [port, keyFile, certFile, usersJson, logFile] = process.argv.slice(1);
const users = JSON.parse(usersJson);
const der = readFileSync(certFile, 'utf8').replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
const privateKey = readFileSync(keyFile, 'utf8');
const b64 = (data) => Buffer.from(data).toString('base64url');
createServer((request, response) => {
  const url = new URL(request.url || '/', 'http://127.0.0.1');
  const scopes = url.searchParams.getAll('scope');
  const service = url.searchParams.get('service') || '';
  const header = request.headers.authorization || '';
  const [user, password] = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8').split(/:(.*)/s) : [];
  const granted = Boolean(user && Object.hasOwn(users, user) && users[user] === password);
  appendFileSync(logFile, JSON.stringify({ scopes, service, ...(user ? { user } : {}), granted }) + '\n');
  if (!granted) {
    response.writeHead(401, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ details: 'invalid credentials' }));
    return;
  }
  const now = Math.floor(Date.now() / 1000);
  const access = scopes.flatMap((scope) => scope.split(' ')).map((scope) => {
    const [type, name, actions] = scope.split(':');
    return { type, name, actions: (actions || '').split(',').filter(Boolean) };
  });
  const head = b64(JSON.stringify({ typ: 'JWT', alg: 'RS256', x5c: [der] }));
  const claims = b64(JSON.stringify({ iss: 'shipshape-test', sub: user, aud: service, exp: now + 300, nbf: now - 10, iat: now, jti: randomUUID(), access }));
  const signature = createSign('RSA-SHA256').update(head + '.' + claims).sign(privateKey);
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ token: head + '.' + claims + '.' + b64(signature), expires_in: 300 }));
}).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
`;

/** A token service for distribution's `auth.token`: RS256 JWTs with the signing certificate in `x5c`. */
async function startTokenService(dir: string, users: Record<string, string>) {
  const key = join(dir, 'token.key');
  const cert = join(dir, 'token.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      '/CN=shipshape-test-token',
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make the token certificate:\n${made.stderr}`);
  const logFile = join(dir, 'token-requests.jsonl');
  writeFileSync(logFile, '');
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['-e', TOKEN_SERVICE, String(port), key, cert, JSON.stringify(users), logFile],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the token service exited (${code})`)));
    child.stdout!.once('data', () => resolve());
  });
  return {
    config: [
      'auth:',
      '  token:',
      `    realm: http://127.0.0.1:${port}/token`,
      '    service: shipshape-registry',
      '    issuer: shipshape-test',
      `    rootcertbundle: ${cert}`,
    ].join('\n'),
    requests: (): TokenRequest[] =>
      readFileSync(logFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as TokenRequest),
    clear: () => writeFileSync(logFile, ''),
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.removeAllListeners('exit');
        const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await done;
      }
    },
  };
}

/** Starts the registry and waits until `GET /v2/` answers (200, or 401 when auth is configured). Stop it in afterAll. */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-registry-'));
  const tokens = options.tokenAuth ? await startTokenService(dir, options.tokenAuth.users) : undefined;
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
    tokens?.config ?? '',
    options.extraConfig ?? '',
  ].join('\n');
  writeFileSync(join(dir, 'config.yml'), `${config}\n`);
  const logFile = join(dir, 'registry.log');
  writeFileSync(logFile, '');
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const append = (chunk: Buffer) => writeFileSync(logFile, chunk, { flag: 'a' });
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let exited = false;
  child.on('exit', () => (exited = true));
  const log = () => readFileSync(logFile, 'utf8');
  const stop = async () => {
    await tokens?.close();
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
      await tokens?.close();
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
  return {
    host,
    port,
    url: `http://${host}`,
    dir,
    log,
    tokenRequests: () => tokens?.requests() ?? [],
    clearTokenRequests: () => tokens?.clear(),
    stop,
  };
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
        // Never hang a test run: a push that waits on an unanswered server fails instead.
        timeout: 120_000,
      });
      if (result.status !== 0)
        throw new Error(`buildah ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
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
export function buildAndPush(
  buildah: Buildah,
  registry: TestRegistry,
  repository: string,
  tag: string,
  content: string,
  creds?: string,
): string {
  const context = mkdtempSync(join(buildah.dir, 'context-'));
  writeFileSync(join(context, 'release.txt'), `${content}\n`);
  writeFileSync(join(context, 'Containerfile'), 'FROM scratch\nCOPY release.txt /release.txt\n');
  const local = `localhost/${repository}:${tag}`;
  buildah.run(
    ['bud', '--isolation', 'chroot', '--timestamp', '0', '--format', 'oci', '-f', 'Containerfile', '-t', local, '.'],
    { cwd: context },
  );
  const digestFile = join(context, 'digest');
  buildah.run([
    'push',
    '--tls-verify=false',
    ...(creds ? ['--creds', creds] : []),
    '--digestfile',
    digestFile,
    local,
    `docker://${registry.host}/${repository}:${tag}`,
  ]);
  return readFileSync(digestFile, 'utf8').trim();
}
