/**
 * The hostile-input harness: runs the real CLI, built from the working tree, as a child process with a hard time
 * bound, so a hang or a runaway allocation fails one test instead of stalling the suite.
 *
 * The CLI is bundled once with esbuild from `src/cli/index.ts` into a folder keyed by a hash of `src/`, shared by
 * every test file and jest worker (written to a temporary name, then renamed, so a concurrent build never leaves
 * half a file). The source is bundled rather than `dist/` so that the tests always exercise the code under test.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

/** Default bound for one CLI run: the ceiling for a hostile case on these machines. */
export const DEFAULT_BOUND_MS = 2000;

function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(path).update(readFileSync(path));
    }
  };
  walk(SRC);
  hash.update(readFileSync(join(ROOT, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Dependencies load some optional packages in a try/catch (the SBOM library's XML plugins); a bare import that does
 * not resolve from where it is imported stays external, as ncc leaves it, instead of failing the bundle.
 */
export const optionalPackagesExternal: Plugin = {
  name: 'optional-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'probe' || args.path.startsWith('node:')) return undefined;
      const found = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'probe',
      });
      return found.errors.length > 0 ? { path: args.path, external: true } : undefined;
    });
  },
};

let built: string | undefined;

/** Path of the bundled CLI for the current source, building it on first use. */
export async function cliBundle(): Promise<string> {
  if (built && existsSync(built)) return built;
  const dir = join(tmpdir(), `shipshape-hostile-cli-${sourceHash()}`);
  const file = join(dir, 'index.mjs');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = join(dir, `index.${process.pid}.${Date.now()}.tmp.mjs`);
    const { build } = await import('esbuild');
    await build({
      entryPoints: [join(SRC, 'cli/index.ts')],
      outfile: partial,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      plugins: [optionalPackagesExternal],
      // Bundled CommonJS dependencies call require(); give the ESM bundle one.
      banner: {
        js: "import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);",
      },
    });
    // The Terraform parser reads its wasm files beside the bundle (as scripts/bundle.mjs places them for dist/).
    const { TREE_SITTER_WASM } = await import('../../src/domains/terraform/grammar.js');
    const require = createRequire(import.meta.url);
    for (const wasm of Object.values(TREE_SITTER_WASM))
      copyFileSync(require.resolve(wasm.module), join(dir, wasm.name));
    renameSync(partial, file);
  }
  built = file;
  return file;
}

export interface RunOptions {
  /** Working directory of the child (usually the generated repository). */
  cwd: string;
  /** Hard bound: the child's process group is killed with SIGKILL when it is exceeded. */
  boundMs?: number;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Signal to send after `signalAfterMs` (to test clean-up on SIGTERM/SIGINT). */
  signal?: NodeJS.Signals;
  signalAfterMs?: number;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** True when the bound was hit and the child was killed. */
  timedOut: boolean;
}

/** Runs `shipshape <args>` from the working-tree source, killed after `boundMs`. */
export async function runShipshape(args: string[], options: RunOptions): Promise<RunResult> {
  const cli = await cliBundle();
  const bound = options.boundMs ?? DEFAULT_BOUND_MS;
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NODE_OPTIONS: '', ...options.env },
      detached: true, // own process group, so helpers it starts (shellcheck) die with it
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const cap = 8 * 1024 * 1024;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout.length < cap) stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < cap) stderr += chunk;
    });
    const killGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup('SIGKILL');
    }, bound);
    const signalTimer =
      options.signal !== undefined
        ? setTimeout(() => killGroup(options.signal as NodeJS.Signals), options.signalAfterMs ?? 100)
        : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signalTimer) clearTimeout(signalTimer);
      resolvePromise({ code, signal, stdout, stderr, ms: performance.now() - started, timedOut });
    });
    child.stdin.end(options.input ?? '');
  });
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  path: string;
  line: number;
  column: number;
}

/** `check --format json` on `cwd`; fails loudly when the run timed out or printed no JSON. */
export async function checkJson(
  cwd: string,
  extraArgs: string[] = [],
  options: Omit<RunOptions, 'cwd'> = {},
): Promise<RunResult & { findings: JsonFinding[]; notices: unknown[] }> {
  const result = await runShipshape(['check', '.', '--format', 'json', '--fail-on', 'never', ...extraArgs], {
    cwd,
    ...options,
  });
  if (result.timedOut) throw new Error(`check timed out after ${result.ms.toFixed(0)} ms`);
  let parsed: { findings?: JsonFinding[]; notices?: unknown[] };
  try {
    parsed = JSON.parse(result.stdout) as typeof parsed;
  } catch {
    throw new Error(`check printed no JSON (exit ${result.code}): ${result.stderr.slice(0, 500)}`);
  }
  return { ...result, findings: parsed.findings ?? [], notices: parsed.notices ?? [] };
}

/** A generated repository: `files` maps relative paths to content; `links` maps relative paths to symlink targets. */
export function makeTree(files: Record<string, string | Buffer>, links: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-hostile-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(target, join(dir, path));
  }
  return dir;
}

export function removeTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Size of a path in bytes, or -1 when it does not exist (for "nothing was written" assertions). */
export function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}
