import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import type { RunWork } from '../../../core/rule.js';

export interface ShellcheckComment {
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: 'error' | 'warning' | 'info' | 'style';
  code: number;
  message: string;
}

/** What became of one script: shellcheck's comments, or why there are none. */
export type ShellcheckOutcome =
  | { kind: 'checked'; comments: ShellcheckComment[] }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'failed'; reason: string };

export type Dialect = 'bash' | 'sh';

let available: boolean | undefined;

/** True when a `shellcheck` binary is on PATH (checked once per process). */
export function shellcheckAvailable(): boolean {
  if (available === undefined) {
    const probe = spawnSync('shellcheck', ['--version'], { encoding: 'utf8', timeout: 10_000 });
    available = probe.status === 0;
  }
  return available;
}

/** For tests: pretend shellcheck is (not) installed. */
export function setShellcheckAvailable(value: boolean | undefined): void {
  available = value;
}

/**
 * Bounds of one shellcheck call. Scripts go to shellcheck as file arguments: a call over thousands of them exceeds
 * the system's limit on a command line (E2BIG, 32 KB on Windows) and fails as a whole. The file names are short
 * (`<n>.sh` in one temporary folder), so the count bounds the length.
 */
export const MAX_SCRIPTS_PER_CALL = 200;
export const MAX_SCRIPT_BYTES_PER_CALL = 512 * 1024;
export const DEFAULT_TIMEOUT_SECONDS = 10;

export interface PoolOptions {
  /** Bound of one call, in seconds; a script alone over it is reported as not checked. */
  timeoutSeconds: number;
  /** Processes at once; default one per core. */
  concurrency?: number;
}

interface Call {
  args: string[];
  /** Indexes into the unique scripts. */
  scripts: number[];
}

/** Results of scripts already checked in this process, by dialect, excluded codes and text. */
const outcomes = new Map<string, ShellcheckOutcome>();
const MAX_REMEMBERED = 20_000;

function keyOf(dialect: Dialect, exclude: readonly number[], text: string): string {
  return `${dialect}\u0000${exclude.join(',')}\u0000${text}`;
}

/**
 * The scripts of a whole run: each file adds its scripts while it is walked, `settle()` checks the unique ones not
 * seen before in one pool of shellcheck processes (at most one per core), and the files then read their outcomes.
 */
export class ShellcheckRun implements RunWork {
  private readonly wanted = new Map<string, { dialect: Dialect; exclude: readonly number[]; text: string }>();
  /** Outcomes of this run; only scripts that were checked are remembered beyond it (a timeout may not recur). */
  private readonly results = new Map<string, ShellcheckOutcome>();

  constructor(private readonly options: PoolOptions) {}

  /** Queues a script; returns the key its outcome is read back with. */
  add(text: string, dialect: Dialect, exclude: readonly number[]): string {
    const key = keyOf(dialect, exclude, text);
    if (!outcomes.has(key)) this.wanted.set(key, { dialect, exclude, text });
    return key;
  }

  outcome(key: string): ShellcheckOutcome {
    return this.results.get(key) ?? outcomes.get(key) ?? { kind: 'failed', reason: 'shellcheck did not run' };
  }

  settle(): void {
    const scripts = [...this.wanted.entries()];
    this.wanted.clear();
    if (scripts.length === 0) return;
    const concurrency = Math.max(1, this.options.concurrency ?? availableParallelism());
    const calls = planCalls(
      scripts.map(([, script]) => script),
      concurrency,
    );
    const results = runPool(
      scripts.map(([, script]) => script.text),
      calls,
      concurrency,
      this.options.timeoutSeconds,
    );
    if (outcomes.size + scripts.length > MAX_REMEMBERED) outcomes.clear();
    scripts.forEach(([key], index) => {
      const outcome = results[index]!;
      this.results.set(key, outcome);
      if (outcome.kind === 'checked') outcomes.set(key, outcome);
    });
  }
}

/**
 * Splits the scripts into calls: one shellcheck option set per call (dialect, excluded codes), each call bounded in
 * scripts and bytes, and enough calls to keep every process of the pool busy.
 */
export function planCalls(
  scripts: { dialect: Dialect; exclude: readonly number[]; text: string }[],
  concurrency: number,
): Call[] {
  const groups = new Map<string, { args: string[]; members: number[] }>();
  scripts.forEach((script, index) => {
    const id = `${script.dialect}\u0000${script.exclude.join(',')}`;
    let group = groups.get(id);
    if (!group) {
      const args = ['--format=json1', `--shell=${script.dialect}`, '--norc'];
      if (script.exclude.length > 0) args.push(`--exclude=${script.exclude.map((code) => `SC${code}`).join(',')}`);
      groups.set(id, (group = { args, members: [] }));
    }
    group.members.push(index);
  });
  // As few calls as keep every core busy: each shellcheck process costs a start-up of its own.
  const perCall = Math.max(1, Math.min(MAX_SCRIPTS_PER_CALL, Math.ceil(scripts.length / concurrency)));
  const calls: Call[] = [];
  for (const { args, members } of groups.values()) {
    let current: number[] = [];
    let bytes = 0;
    for (const index of members) {
      const size = scripts[index]!.text.length;
      if (current.length > 0 && (current.length >= perCall || bytes + size > MAX_SCRIPT_BYTES_PER_CALL)) {
        calls.push({ args, scripts: current });
        current = [];
        bytes = 0;
      }
      current.push(index);
      bytes += size;
    }
    if (current.length > 0) calls.push({ args, scripts: current });
  }
  return calls;
}

/**
 * Runs the calls in a pool and answers one outcome per script. The pool is a short-lived Node process of its own
 * (POOL_PROGRAM below): the engine is synchronous, and a child process can run shellcheck processes side by side,
 * time them out, and remove its temporary folder when it is interrupted (SIGINT, SIGTERM, SIGHUP) as well as when
 * it ends, which a caller blocked in spawnSync cannot.
 */
function runPool(texts: string[], calls: Call[], concurrency: number, timeoutSeconds: number): ShellcheckOutcome[] {
  const timeoutMs = Math.max(1, Math.round(timeoutSeconds * 1000));
  const input = JSON.stringify({ texts, calls, concurrency, timeoutMs });
  // Every call and every retry of a script alone is bounded; this bounds the pool process itself if it misbehaves.
  const bound = timeoutMs * Math.ceil((calls.length + texts.length) / concurrency + 2) + 30_000;
  const child = spawnSync(process.execPath, ['-e', POOL_PROGRAM], {
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: bound,
    killSignal: 'SIGTERM',
    // No loader hooks or flags of the caller (a test runner's, tsx's): the program is plain CommonJS.
    env: { ...process.env, NODE_OPTIONS: '' },
    windowsHide: true,
  });
  const failAll = (reason: string): ShellcheckOutcome[] => texts.map(() => ({ kind: 'failed', reason }));
  if (child.error) return failAll(`the shellcheck pool did not finish: ${child.error.message}`);
  if (child.status !== 0)
    return failAll(
      `the shellcheck pool stopped (${child.signal ?? `exit code ${child.status}`}): ${firstLine(child.stderr)}`,
    );
  try {
    const parsed = JSON.parse(child.stdout) as { outcomes: ShellcheckOutcome[] };
    if (!Array.isArray(parsed.outcomes) || parsed.outcomes.length !== texts.length)
      return failAll('the shellcheck pool answered for the wrong scripts');
    return parsed.outcomes.map((outcome): ShellcheckOutcome => {
      if (outcome?.kind === 'timeout') return { kind: 'timeout', seconds: timeoutSeconds };
      return outcome?.kind === 'checked' || outcome?.kind === 'failed'
        ? outcome
        : { kind: 'failed', reason: 'the shellcheck pool gave no outcome' };
    });
  } catch {
    return failAll(`the shellcheck pool printed no result: ${firstLine(child.stderr)}`);
  }
}

function firstLine(text: string | undefined): string {
  return (text ?? '').trim().split('\n')[0]?.slice(0, 300) ?? '';
}

/**
 * The pool, run as `node -e`: reads `{texts, calls, concurrency, timeoutMs}` on stdin, writes every script once into
 * a private temporary folder, runs the calls at most `concurrency` at a time, each killed after `timeoutMs`. A call
 * that times out or fails is split into one call per script, so that one slow or broken script costs only its own
 * outcome. Prints `{outcomes}` (one per script, in order). The folder is removed on exit and on SIGINT, SIGTERM and
 * SIGHUP, after the shellcheck processes are killed. Plain JavaScript in a string, so that it runs the same from the
 * sources, the tests and the bundles.
 */
const POOL_PROGRAM = String.raw`'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { texts, calls, concurrency, timeoutMs } = JSON.parse(fs.readFileSync(0, 'utf8'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-sc-'));
const children = new Set();
let removed = false;
function cleanUp() {
  for (const child of children) { try { child.kill('SIGKILL'); } catch {} }
  if (!removed) { removed = true; fs.rmSync(dir, { recursive: true, force: true }); }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => { cleanUp(); process.exit(128 + (os.constants.signals[signal] || 0)); });
}
process.on('exit', cleanUp);
const files = texts.map((text, index) => {
  const file = path.join(dir, index + '.sh');
  fs.writeFileSync(file, text);
  return file;
});
const byFile = new Map(files.map((file, index) => [file, index]));
const outcomes = new Array(texts.length);
const queue = calls.slice();
let running = 0;
function firstLine(text) { return String(text || '').trim().split('\n')[0].slice(0, 300); }
function settle(call, outcome) {
  if (call.scripts.length > 1) { for (const script of call.scripts) queue.push({ args: call.args, scripts: [script] }); }
  else outcomes[call.scripts[0]] = outcome;
}
function start(call) {
  running++;
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  let done = false;
  let child;
  const finish = (handler) => { if (done) return; done = true; clearTimeout(timer); children.delete(child); running--; handler(); next(); };
  try {
    child = spawn('shellcheck', call.args.concat(call.scripts.map((script) => files[script])), { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  } catch (error) {
    running--;
    settle(call, { kind: 'failed', reason: 'cannot start shellcheck: ' + error.message });
    return;
  }
  children.add(child);
  const timer = setTimeout(() => { timedOut = true; try { child.kill('SIGKILL'); } catch {} }, timeoutMs);
  child.stdout.setEncoding('utf8').on('data', (chunk) => { stdout += chunk; });
  child.stderr.setEncoding('utf8').on('data', (chunk) => { if (stderr.length < 4096) stderr += chunk; });
  child.on('error', (error) => finish(() => settle(call, { kind: 'failed', reason: 'cannot run shellcheck: ' + error.message })));
  child.on('close', (code, signal) => finish(() => {
    if (timedOut) return settle(call, { kind: 'timeout' });
    let parsed;
    try { parsed = JSON.parse(stdout); } catch { parsed = undefined; }
    if ((code !== 0 && code !== 1) || !parsed || !Array.isArray(parsed.comments)) {
      return settle(call, { kind: 'failed', reason: 'shellcheck ' + (signal ? 'was killed by ' + signal : 'exited with ' + code) + (stderr ? ': ' + firstLine(stderr) : '') });
    }
    const found = new Map(call.scripts.map((script) => [script, []]));
    for (const comment of parsed.comments) {
      const list = found.get(byFile.get(comment.file));
      if (list) list.push({ line: comment.line, endLine: comment.endLine, column: comment.column, endColumn: comment.endColumn, level: comment.level, code: comment.code, message: comment.message });
    }
    for (const [script, comments] of found) outcomes[script] = { kind: 'checked', comments };
  }));
}
function next() {
  while (running < concurrency && queue.length > 0) start(queue.shift());
  if (running === 0 && queue.length === 0) {
    cleanUp();
    process.stdout.write(JSON.stringify({ outcomes }));
  }
}
next();
`;
