import { spawn } from 'node:child_process';
import { UsageError } from '../../../core/errors.js';
import type { DeployRequest, Driver, DeployStepInput, Track } from '../types.js';

export interface CommandDriverConfig {
  /** Puts a digest on a track. Required. */
  deploy: string;
  /** Sends a share of traffic to a track (blue-green switch, canary weight). */
  route?: string;
  /** Restores a track; default: the deploy command with the previous digest (or SHIPSHAPE_DIGEST empty to take it down). */
  rollback?: string;
  /** Prints `blue` or `green`: the colour serving now (blue-green only). */
  live?: string;
  /** Optional extra check after the HTTP health checks; exit 0 = healthy. */
  verify?: string;
  healthUrls: Partial<Record<Track, string[]>>;
  cwd: string;
  /** Extra environment for every command (never logged). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface CommandOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one user-supplied command with `/bin/sh -c`. What it needs arrives as SHIPSHAPE_* environment variables,
 * never spliced into the command text, so digests and names cannot inject shell code.
 */
export function runCommand(
  command: string,
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<CommandOutcome> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve({ code: 127, stdout, stderr: `${stderr}${error.message}` }));
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout,
        stderr: signal === 'SIGKILL' ? `${stderr}timed out after ${options.timeoutMs} ms` : stderr,
      }),
    );
  });
}

function tail(text: string, lines = 5): string {
  return text.trim().split('\n').slice(-lines).join(' | ');
}

export class CommandDriver implements Driver {
  readonly name = 'command';

  constructor(
    private readonly config: CommandDriverConfig,
    private readonly request: DeployRequest,
  ) {
    const kind = request.strategy.kind;
    if ((kind === 'blue-green' || kind === 'canary') && !config.route) {
      throw new UsageError(`the ${kind} strategy needs a route command (how traffic moves between tracks)`);
    }
    if (kind === 'blue-green' && !config.live) {
      throw new UsageError('the blue-green strategy needs a live command (prints the colour serving now)');
    }
  }

  private async exec(what: string, command: string, env: Record<string, string>): Promise<CommandOutcome> {
    const outcome = await runCommand(command, {
      cwd: this.config.cwd,
      timeoutMs: this.config.timeoutMs ?? 300_000,
      env: {
        ...this.config.env,
        SHIPSHAPE_ENVIRONMENT: this.request.environment,
        SHIPSHAPE_IMAGE: this.request.image,
        SHIPSHAPE_PREVIOUS_DIGEST: this.request.previousDigest ?? '',
        SHIPSHAPE_STRATEGY: this.request.strategy.kind,
        ...env,
      },
    });
    if (outcome.code !== 0)
      throw new Error(
        `${what} command exited ${outcome.code}${outcome.stderr.trim() ? `: ${tail(outcome.stderr)}` : ''}`,
      );
    return outcome;
  }

  private stepEnv(step: {
    digest: string | undefined;
    track: Track;
    batch?: { index: number; count: number };
  }): Record<string, string> {
    return {
      SHIPSHAPE_DIGEST: step.digest ?? '',
      SHIPSHAPE_IMAGE_REF: step.digest ? `${this.request.image}@${step.digest}` : '',
      SHIPSHAPE_TRACK: step.track,
      SHIPSHAPE_BATCH: String(step.batch?.index ?? 0),
      SHIPSHAPE_BATCHES: String(step.batch?.count ?? 1),
    };
  }

  async deploy(step: DeployStepInput): Promise<void> {
    await this.exec('deploy', this.config.deploy, this.stepEnv(step));
  }

  async route(track: Track, weight: number): Promise<void> {
    await this.exec('route', this.config.route!, { SHIPSHAPE_TRACK: track, SHIPSHAPE_WEIGHT: String(weight) });
  }

  async liveColour(): Promise<'blue' | 'green'> {
    const { stdout } = await this.exec('live', this.config.live!, {});
    const colour = stdout.trim();
    if (colour === '') return 'blue';
    if (colour !== 'blue' && colour !== 'green')
      throw new Error(`live command printed "${colour.slice(0, 40)}", expected blue or green`);
    return colour;
  }

  async rollback(step: {
    digest: string | undefined;
    track: Track;
    batch?: { index: number; count: number };
  }): Promise<void> {
    await this.exec('rollback', this.config.rollback ?? this.config.deploy, this.stepEnv(step));
  }

  healthUrls(track: Track): string[] {
    return this.config.healthUrls[track] ?? [];
  }

  /** The optional verify command, as a verifier add-on. */
  verifyCommand(): ((track: Track) => Promise<{ ok: boolean; detail: string }>) | undefined {
    const command = this.config.verify;
    if (!command) return undefined;
    return async (track) => {
      try {
        await this.exec('verify', command, { SHIPSHAPE_TRACK: track, SHIPSHAPE_DIGEST: this.request.digest });
        return { ok: true, detail: 'verify command passed' };
      } catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    };
  }
}
