/**
 * Builds an image once and pushes it under every tag: with buildah where no Docker daemon exists (daemonless,
 * reproducible with `--timestamp 0`), or with `docker buildx` and the GitHub Actions cache when a daemon and
 * buildx are there. Registry credentials come only from the environment and only ever reach a temporary
 * auth file (mode 0600) that is removed afterwards; they are never part of a command line or a log line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';

export type Builder = 'buildah' | 'docker';

export interface StorageOptions {
  root?: string;
  runroot?: string;
  driver?: string;
}

export interface BuildOptions {
  builder: Builder | 'auto';
  /** Directory the context and Dockerfile paths are relative to. */
  cwd: string;
  context: string;
  /** Dockerfile path relative to `cwd` (default: `<context>/Dockerfile`). */
  dockerfile?: string;
  /** Full references (`<image>:<tag>`), the first one is the image's name during the build. */
  refs: string[];
  labels?: Record<string, string>;
  buildArgs?: Record<string, string>;
  push: boolean;
  tlsVerify?: boolean;
  /** buildah image format: `oci` (default: reproducible, no container id or hostname in the config; drops HEALTHCHECK) or `docker`. */
  format?: 'docker' | 'oci';
  /** buildah storage flags (`--root`, `--runroot`, `--storage-driver`). */
  storage?: StorageOptions;
  /** Where credentials come from: REGISTRY_USERNAME + REGISTRY_PASSWORD (else the tools' own login state). */
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
  /** Replaceable for tests; resolves with the exit code and standard output. */
  exec?: Exec;
}

export type Exec = (
  cmd: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; log: (line: string) => void },
) => Promise<{ code: number; stdout: string }>;

export interface BuildResult {
  builder: Builder;
  /** Manifest digest of the pushed image; '' when not pushed. */
  digest: string;
  refs: string[];
  /** `<image>@<digest>` when pushed, else the first ref. */
  image: string;
  timings: { buildMs: number; pushMs: number };
}

/** Runs a command without a shell, streaming its output to `log` line by line. */
export const defaultExec: Exec = (cmd, args, { env, cwd, log }) =>
  new Promise((resolvePromise) => {
    let stdout = '';
    let pending = '';
    const flush = (text: string, end = false) => {
      pending += text;
      const lines = pending.split('\n');
      pending = end ? '' : lines.pop()!;
      for (const line of end ? lines.filter((l) => l !== '') : lines) log(line);
    };
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      flush(chunk.toString());
    });
    child.stderr.on('data', (chunk: Buffer) => flush(chunk.toString()));
    child.on('error', (error) => {
      log(`${cmd}: ${error.message}`);
      resolvePromise({ code: 127, stdout });
    });
    child.on('close', (code) => {
      flush('', true);
      resolvePromise({ code: code ?? 1, stdout });
    });
  });

/** Registry host of a reference, as auth files key it. */
export function registryHost(ref: string): string {
  const first = ref.split('/')[0]!;
  return ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
    ? first
    : 'docker.io';
}

export function storageFlags(storage: StorageOptions | undefined): string[] {
  const flags: string[] = [];
  if (storage?.root) flags.push('--root', storage.root);
  if (storage?.runroot) flags.push('--runroot', storage.runroot);
  if (storage?.driver) flags.push('--storage-driver', storage.driver);
  return flags;
}

/** Parses `KEY=value` lines (blank lines and `#` comments skipped). */
export function parseBuildArgs(text: string): Record<string, string> {
  const args: Record<string, string> = {};
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new UsageError(`build-args line ${index + 1} is not KEY=value`);
    args[match[1]!] = match[2]!;
  }
  return args;
}

/** The commands a build runs, with build-arg values hidden; for logs. */
export function describeCommand(cmd: string, args: string[]): string {
  const shown = args.map((arg, i) => (args[i - 1] === '--build-arg' ? arg.replace(/=.*$/s, '=…') : arg));
  return [cmd, ...shown].map((part) => (/^[\w@%+=:,./…-]+$/.test(part) ? part : JSON.stringify(part))).join(' ');
}

async function available(
  exec: Exec,
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<boolean> {
  const result = await exec(cmd, args, { env, cwd, log: () => {} });
  return result.code === 0;
}

export async function chooseBuilder(options: Pick<BuildOptions, 'builder' | 'env' | 'exec' | 'cwd'>): Promise<Builder> {
  if (options.builder !== 'auto') return options.builder;
  const exec = options.exec ?? defaultExec;
  const env = options.env ?? process.env;
  if (
    (await available(exec, 'docker', ['info', '--format', '{{.ServerVersion}}'], env, options.cwd)) &&
    (await available(exec, 'docker', ['buildx', 'version'], env, options.cwd))
  ) {
    return 'docker';
  }
  if (await available(exec, 'buildah', ['--version'], env, options.cwd)) return 'buildah';
  throw new UsageError('build: neither a Docker daemon with buildx nor buildah is available');
}

/**
 * The active buildx builder's driver. Only a buildx builder (docker-container, kubernetes, remote) can export the
 * layer cache to the GitHub Actions cache; the default `docker` driver refuses with "Cache export is not supported
 * for the docker driver" (https://docs.docker.com/build/cache/backends/).
 */
export async function buildxDriver(exec: Exec, env: NodeJS.ProcessEnv, cwd: string): Promise<string | undefined> {
  const result = await exec('docker', ['buildx', 'inspect'], { env, cwd, log: () => {} });
  if (result.code !== 0) return undefined;
  return /^Driver:\s*(\S+)/m.exec(result.stdout)?.[1];
}

/** The cache flags for a buildx build: the gha backend only with a buildx builder inside GitHub Actions. */
export function cacheFlags(driver: string | undefined, env: NodeJS.ProcessEnv): { flags: string[]; note: string } {
  if (!driver || driver === 'docker') {
    return {
      flags: [],
      note: `layer cache off: the ${driver ?? 'unknown'} driver cannot export a cache (set up a buildx builder, e.g. docker/setup-buildx-action)`,
    };
  }
  if (!env.ACTIONS_RUNTIME_TOKEN || !(env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL)) {
    return { flags: [], note: 'layer cache off: the GitHub Actions cache is only reachable from an action step' };
  }
  return {
    flags: ['--cache-from', 'type=gha', '--cache-to', 'type=gha,mode=max'],
    note: `layer cache: GitHub Actions cache through the ${driver} builder`,
  };
}

/** Writes a temporary auth file from REGISTRY_USERNAME/REGISTRY_PASSWORD; undefined when they are not set. */
function writeAuthFile(dir: string, refs: string[], env: NodeJS.ProcessEnv): string | undefined {
  const user = env.REGISTRY_USERNAME ?? '';
  const password = env.REGISTRY_PASSWORD ?? '';
  if (user === '' && password === '') return undefined;
  if (user === '' || password === '')
    throw new UsageError('build: set both REGISTRY_USERNAME and REGISTRY_PASSWORD, or neither');
  const auth = Buffer.from(`${user}:${password}`).toString('base64');
  const auths = Object.fromEntries([...new Set(refs.map(registryHost))].map((host) => [host, { auth }]));
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify({ auths }), { mode: 0o600 });
  return file;
}

export async function buildImage(options: BuildOptions): Promise<BuildResult> {
  if (options.refs.length === 0) throw new UsageError('build: no image tags to build');
  const exec = options.exec ?? defaultExec;
  const log = options.log ?? (() => {});
  const cwd = resolve(options.cwd);
  const baseEnv = { ...(options.env ?? process.env) };
  // The tools never need the credentials themselves: they get the auth file.
  const env: NodeJS.ProcessEnv = { ...baseEnv };
  delete env.REGISTRY_USERNAME;
  delete env.REGISTRY_PASSWORD;
  const builder = await chooseBuilder({ ...options, env, exec, cwd });
  const work = mkdtempSync(join(tmpdir(), 'shipshape-build-'));
  const run = async (step: string, cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) => {
    log(`$ ${describeCommand(cmd, args)}`);
    const result = await exec(cmd, args, { env: { ...env, ...extraEnv }, cwd, log });
    if (result.code !== 0) throw new BuildError(`${cmd} ${step} failed with exit code ${result.code}`);
    return result;
  };
  try {
    const authFile = options.push ? writeAuthFile(work, options.refs, baseEnv) : undefined;
    const dockerfile = options.dockerfile || join(options.context, 'Dockerfile');
    const common = [
      ...Object.entries(options.labels ?? {}).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
      ...Object.entries(options.buildArgs ?? {}).flatMap(([key, value]) => ['--build-arg', `${key}=${value}`]),
      ...options.refs.flatMap((ref) => ['--tag', ref]),
      '--file',
      dockerfile,
    ];
    const started = performance.now();
    if (builder === 'docker') {
      const metadata = join(work, 'metadata.json');
      const cache = cacheFlags(await buildxDriver(exec, env, cwd), baseEnv);
      log(cache.note);
      // The temporary DOCKER_CONFIG holds only the credentials: link the user's buildx folder into it, so the
      // builder that docker/setup-buildx-action made current stays the one that builds.
      if (authFile) linkBuildxConfig(work, baseEnv);
      await run(
        'build',
        'docker',
        [
          'buildx',
          'build',
          ...common,
          ...cache.flags,
          '--metadata-file',
          metadata,
          options.push ? '--push' : '--load',
          options.context,
        ],
        { SOURCE_DATE_EPOCH: baseEnv.SOURCE_DATE_EPOCH ?? '0', ...(authFile ? { DOCKER_CONFIG: work } : {}) },
      );
      const buildMs = performance.now() - started;
      const digest = options.push
        ? String((JSON.parse(readFileSync(metadata, 'utf8')) as Record<string, unknown>)['containerimage.digest'] ?? '')
        : '';
      if (options.push && !/^sha256:[0-9a-f]{64}$/.test(digest))
        throw new BuildError('build: docker buildx reported no image digest');
      return result(builder, options.refs, digest, { buildMs, pushMs: 0 });
    }
    const storage = storageFlags(options.storage);
    await run('bud', 'buildah', [
      ...storage,
      'bud',
      '--isolation',
      'chroot',
      '--timestamp',
      '0',
      '--format',
      options.format ?? 'oci',
      ...common,
      options.context,
    ]);
    const buildMs = performance.now() - started;
    if (!options.push) return result(builder, options.refs, '', { buildMs, pushMs: 0 });
    const pushStarted = performance.now();
    let digest = '';
    for (const [index, ref] of options.refs.entries()) {
      const digestFile = join(work, `digest-${index}`);
      await run('push', 'buildah', [
        ...storage,
        'push',
        ...(options.tlsVerify === false ? ['--tls-verify=false'] : []),
        ...(authFile ? ['--authfile', authFile] : []),
        '--digestfile',
        digestFile,
        options.refs[0]!,
        `docker://${ref}`,
      ]);
      const pushed = readFileSync(digestFile, 'utf8').trim();
      if (digest !== '' && pushed !== digest)
        throw new BuildError(`build: ${ref} was pushed with digest ${pushed}, expected ${digest}`);
      digest = pushed;
    }
    return result(builder, options.refs, digest, { buildMs, pushMs: performance.now() - pushStarted });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function result(builder: Builder, refs: string[], digest: string, timings: BuildResult['timings']): BuildResult {
  const repository = refs[0]!.replace(/:[^:/]+$/, '');
  return { builder, digest, refs, image: digest ? `${repository}@${digest}` : refs[0]!, timings };
}

function linkBuildxConfig(dir: string, env: NodeJS.ProcessEnv): void {
  const buildx = join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'buildx');
  if (existsSync(buildx)) symlinkSync(buildx, join(dir, 'buildx'));
}

/** A failed build or push: the stage fails (exit 1), it is not a usage error. */
export class BuildError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildError';
  }
}
