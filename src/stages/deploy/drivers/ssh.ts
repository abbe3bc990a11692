import { spawn } from 'node:child_process';
import { UsageError } from '../../../core/errors.js';
import type { DeployRequest, DeployStepInput, Driver, Track } from '../types.js';

export interface SshDriverConfig {
  /** `user@host` or `host`, one per instance; rolling deploys take them in batches. */
  hosts: string[];
  port?: number;
  identityFile?: string;
  /** known_hosts to trust; without it the first connection pins the host key (accept-new). */
  knownHostsFile?: string;
  /** Folder on the host holding `releases/<id>/` and the `current`, `blue`, `green`, `canary` links. */
  baseDir: string;
  /** Local folder uploaded as the release (optional: the restart command may pull the image by digest instead). */
  source?: string;
  /** Runs on the host in the track's folder after each switch; gets SHIPSHAPE_* variables. */
  restart: string;
  /** Runs on the host to stop a track that is taken down (canary retired, idle colour dropped). */
  stop?: string;
  /** Extra variables for the remote commands. */
  env?: Record<string, string>;
  healthUrls: Partial<Record<Track, string[]>>;
  timeoutMs?: number;
}

const SAFE_NAME = /^[A-Za-z0-9._@:+-]+$/;

/** Quotes a value as one POSIX shell word. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The folder name of a release: the digest's hex, shortened, so paths stay readable and safe. */
export function releaseId(digest: string): string {
  const hex = digest.replace(/^sha256:/, '');
  if (!/^[a-f0-9]{12,64}$/.test(hex)) throw new UsageError(`not an image digest: "${digest.slice(0, 80)}"`);
  return hex.slice(0, 16);
}

/** The link a track is served from: `current` for the stable set, the track name otherwise. */
function linkName(track: Track): string {
  return track === 'stable' ? 'current' : track;
}

/**
 * Deploys over ssh to a releases folder: upload to `releases/<id>`, switch the track's link atomically
 * (`ln -s` to a temporary name, then `mv -T`, which is one rename), restart. Rollback re-points the link at the
 * previous release, which is still on the host. Blue-green traffic moves by the same atomic rename of
 * `active.sock`, a link to the live colour's unix socket that the proxy (nginx) connects to.
 */
export class SshDriver implements Driver {
  readonly name = 'ssh';

  constructor(
    private readonly config: SshDriverConfig,
    private readonly request: DeployRequest,
  ) {
    if (config.hosts.length === 0) throw new UsageError('the ssh driver needs at least one host');
    for (const host of config.hosts) {
      if (!SAFE_NAME.test(host) || host.startsWith('-')) throw new UsageError(`invalid ssh host "${host}"`);
    }
    if (!config.baseDir.startsWith('/'))
      throw new UsageError(`the remote base folder must be absolute, not "${config.baseDir}"`);
  }

  private sshArgs(host: string): string[] {
    const args = ['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=10'];
    if (this.config.port) args.push('-p', String(this.config.port));
    if (this.config.identityFile) args.push('-i', this.config.identityFile, '-o', 'IdentitiesOnly=yes');
    if (this.config.knownHostsFile)
      args.push('-o', `UserKnownHostsFile=${this.config.knownHostsFile}`, '-o', 'StrictHostKeyChecking=yes');
    else args.push('-o', 'StrictHostKeyChecking=accept-new');
    return [...args, '--', host];
  }

  /** Runs a script on a host through `sh -s` (the script travels on stdin, never on the command line). */
  private remote(host: string, script: string, input?: () => NodeJS.ReadableStream): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn('ssh', [...this.sshArgs(host), input ? `sh -c ${shellQuote(script)}` : 'sh -s'], {
        stdio: ['pipe', 'pipe', 'pipe'],
        timeout: this.config.timeoutMs ?? 300_000,
        killSignal: 'SIGKILL',
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', (error) => reject(new Error(`ssh ${host}: ${error.message}`)));
      child.on('close', (code) => {
        if (code === 0) resolve(stdout);
        else reject(new Error(`ssh ${host} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      });
      if (input) input().pipe(child.stdin);
      else child.stdin.end(script);
    });
  }

  private header(track: Track, digest: string | undefined): string {
    const vars: Record<string, string> = {
      ...this.config.env,
      SHIPSHAPE_BASE: this.config.baseDir,
      SHIPSHAPE_ENVIRONMENT: this.request.environment,
      SHIPSHAPE_IMAGE: this.request.image,
      SHIPSHAPE_DIGEST: digest ?? '',
      SHIPSHAPE_IMAGE_REF: digest ? `${this.request.image}@${digest}` : '',
      SHIPSHAPE_TRACK: track,
      SHIPSHAPE_LINK: linkName(track),
    };
    const lines = Object.entries(vars).map(([name, value]) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`invalid variable name "${name}"`);
      return `${name}=${shellQuote(value)}; export ${name}`;
    });
    return ['set -eu', ...lines].join('\n');
  }

  private hostsOf(batch: { index: number; count: number } | undefined): string[] {
    const { hosts } = this.config;
    if (!batch || batch.count <= 1) return hosts;
    const start = Math.floor((batch.index * hosts.length) / batch.count);
    const end = Math.floor(((batch.index + 1) * hosts.length) / batch.count);
    return hosts.slice(start, Math.max(end, start + 1));
  }

  private async upload(host: string, id: string): Promise<void> {
    if (!this.config.source) return;
    const target = `${this.config.baseDir}/releases/${id}`;
    const source = this.config.source;
    await this.remote(
      host,
      `set -eu; rm -rf ${shellQuote(`${target}.partial`)}; mkdir -p ${shellQuote(`${target}.partial`)}; tar -C ${shellQuote(`${target}.partial`)} -xf -; rm -rf ${shellQuote(target)}; mv ${shellQuote(`${target}.partial`)} ${shellQuote(target)}`,
      () => {
        const tar = spawn('tar', ['-C', source, '-cf', '-', '.'], { stdio: ['ignore', 'pipe', 'inherit'] });
        return tar.stdout;
      },
    );
  }

  /** Points the track's link at a release and restarts it. */
  private async activate(host: string, track: Track, digest: string): Promise<void> {
    const id = releaseId(digest);
    await this.remote(
      host,
      `${this.header(track, digest)}
release="$SHIPSHAPE_BASE/releases/${id}"
mkdir -p "$release"
test -d "$release" || { echo "release ${id} is not on this host" >&2; exit 1; }
printf '%s\\n' "$SHIPSHAPE_IMAGE_REF" > "$release/REVISION"
ln -sfn "$release" "$SHIPSHAPE_BASE/.$SHIPSHAPE_LINK.tmp"
mv -T "$SHIPSHAPE_BASE/.$SHIPSHAPE_LINK.tmp" "$SHIPSHAPE_BASE/$SHIPSHAPE_LINK"
cd "$SHIPSHAPE_BASE/$SHIPSHAPE_LINK"
${this.config.restart}
`,
    );
  }

  async deploy(step: DeployStepInput): Promise<void> {
    const id = releaseId(step.digest);
    for (const host of this.hostsOf(step.batch)) {
      await this.upload(host, id);
      await this.activate(host, step.track, step.digest);
    }
  }

  async rollback(step: {
    digest: string | undefined;
    track: Track;
    batch?: { index: number; count: number };
  }): Promise<void> {
    for (const host of this.hostsOf(step.batch)) {
      if (step.digest) {
        await this.activate(host, step.track, step.digest);
      } else {
        await this.remote(
          host,
          `${this.header(step.track, undefined)}\n${this.config.stop ?? ':'}\nrm -f "$SHIPSHAPE_BASE/$SHIPSHAPE_LINK"\n`,
        );
      }
    }
  }

  async route(track: Track, weight: number): Promise<void> {
    if (track !== 'blue' && track !== 'green') {
      if (weight === 0) return;
      throw new UsageError(
        'the ssh driver moves traffic between blue and green only; use the command driver for weighted canaries',
      );
    }
    for (const host of this.config.hosts) {
      await this.remote(
        host,
        `${this.header(track, undefined)}
ln -sfn "$SHIPSHAPE_BASE/$SHIPSHAPE_TRACK.sock" "$SHIPSHAPE_BASE/.active.sock.tmp"
mv -T "$SHIPSHAPE_BASE/.active.sock.tmp" "$SHIPSHAPE_BASE/active.sock"
printf '%s\\n' "$SHIPSHAPE_TRACK" > "$SHIPSHAPE_BASE/live"
`,
      );
    }
  }

  async liveColour(): Promise<'blue' | 'green'> {
    const out = await this.remote(
      this.config.hosts[0]!,
      `cat ${shellQuote(`${this.config.baseDir}/live`)} 2>/dev/null || true`,
    );
    return out.trim() === 'green' ? 'green' : 'blue';
  }

  healthUrls(track: Track): string[] {
    return this.config.healthUrls[track] ?? [];
  }
}
