import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
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

function groupOf(dialect: Dialect, exclude: readonly number[]): string {
  return `${dialect}\u0000${exclude.join(',')}`;
}

function keyOf(dialect: Dialect, exclude: readonly number[], text: string): string {
  return `${dialect}\u0000${exclude.join(',')}\u0000${text}`;
}

/**
 * Scripts sent to the pool while the run is still walking files, once this many of one option set are waiting: the
 * pool checks them on the other cores meanwhile. The batch then grows with what was sent (up to a call's bound), so
 * a run of many scripts pays for few shellcheck starts.
 */
export const STREAM_BATCH = 32;

type Wanted = { dialect: Dialect; exclude: readonly number[]; text: string };

/**
 * The scripts of a whole run: each file adds its scripts while it is walked, and the unique ones not seen before are
 * checked in one pool of shellcheck processes (at most one per core); the files then read their outcomes.
 *
 * Two ways to run the pool. By default `settle()` runs it once, after every file was walked (a synchronous caller,
 * such as the engine's `checkFile`). When the run calls `begin()` first (the CLI does), the pool starts with the
 * first script and takes batches as files add them, so shellcheck works on the other cores while the run goes on
 * walking; `ready()` then sends the rest and waits for the outcomes, and `settle()` has nothing left to do.
 */
export class ShellcheckRun implements RunWork {
  private readonly wanted = new Map<string, Wanted>();
  /** Outcomes of this run; only scripts that were checked are remembered beyond it (a timeout may not recur). */
  private readonly results = new Map<string, ShellcheckOutcome>();
  private stream: PoolStream | undefined;
  private streaming = false;
  /** Scripts and bytes waiting per option set, while streaming. */
  private readonly waiting = new Map<string, { scripts: number; bytes: number }>();

  constructor(private readonly options: PoolOptions) {}

  private get concurrency(): number {
    return Math.max(1, this.options.concurrency ?? availableParallelism());
  }

  begin(): void {
    this.streaming = true;
  }

  /** Queues a script; returns the key its outcome is read back with. */
  add(text: string, dialect: Dialect, exclude: readonly number[]): string {
    const key = keyOf(dialect, exclude, text);
    if (outcomes.has(key) || this.wanted.has(key) || this.stream?.has(key)) return key;
    this.wanted.set(key, { dialect, exclude, text });
    if (this.streaming) this.sendFullBatches(dialect, exclude, text.length);
    return key;
  }

  outcome(key: string): ShellcheckOutcome {
    return this.results.get(key) ?? outcomes.get(key) ?? { kind: 'failed', reason: 'shellcheck did not run' };
  }

  /** Sends the waiting scripts of one option set once a batch of them is waiting. */
  private sendFullBatches(dialect: Dialect, exclude: readonly number[], bytes: number): void {
    const group = groupOf(dialect, exclude);
    const waiting = this.waiting.get(group) ?? { scripts: 0, bytes: 0 };
    waiting.scripts++;
    waiting.bytes += bytes;
    this.waiting.set(group, waiting);
    const batch = Math.min(MAX_SCRIPTS_PER_CALL, Math.max(STREAM_BATCH, this.stream?.size ?? 0));
    if (waiting.scripts < batch && waiting.bytes < MAX_SCRIPT_BYTES_PER_CALL) return;
    this.waiting.delete(group);
    const scripts: [string, Wanted][] = [];
    for (const entry of this.wanted) if (groupOf(entry[1].dialect, entry[1].exclude) === group) scripts.push(entry);
    for (const [key] of scripts) this.wanted.delete(key);
    this.stream ??= new PoolStream(this.concurrency, this.options.timeoutSeconds);
    this.stream.send(scripts, 1);
  }

  async ready(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    this.stream = undefined;
    this.waiting.clear();
    const rest = [...this.wanted.entries()];
    this.wanted.clear();
    stream.send(rest, this.concurrency);
    this.record(await stream.finish());
  }

  settle(): void {
    const scripts = [...this.wanted.entries()];
    this.wanted.clear();
    if (scripts.length === 0) return;
    const concurrency = this.concurrency;
    const texts = scripts.map(([, script]) => script.text);
    const calls = planCalls(
      scripts.map(([, script]) => script),
      concurrency,
    );
    const lines = [JSON.stringify(poolHeader(concurrency, this.options.timeoutSeconds))];
    for (const call of calls) lines.push(JSON.stringify(callMessage(call, texts, 0)));
    const outcomesOfPool = runPool(`${lines.join('\n')}\n`, texts.length, calls.length, concurrency, this.options);
    this.record(scripts.map(([key], index) => [key, outcomesOfPool[index]!]));
  }

  private record(settled: [string, ShellcheckOutcome][]): void {
    if (outcomes.size + settled.length > MAX_REMEMBERED) outcomes.clear();
    for (const [key, outcome] of settled) {
      this.results.set(key, outcome);
      if (outcome.kind === 'checked') outcomes.set(key, outcome);
    }
  }
}

function poolHeader(concurrency: number, timeoutSeconds: number): { concurrency: number; timeoutMs: number } {
  return { concurrency, timeoutMs: Math.max(1, Math.round(timeoutSeconds * 1000)) };
}

/** One line of the pool's input: a call, with the texts of its scripts (numbered from `first`). */
function callMessage(
  call: Call,
  texts: string[],
  first: number,
): { args: string[]; scripts: number[]; texts: string[] } {
  return {
    args: call.args,
    scripts: call.scripts.map((index) => first + index),
    texts: call.scripts.map((index) => texts[index]!),
  };
}

/**
 * A pool process that takes calls while it runs: its input is written as the run finds scripts (a pipe write does
 * not wait for the event loop), its outcomes are read once the run has walked every file. The process and its pipes
 * hold the event loop only while the run waits for it, so a run that ends early (an error) is not kept alive.
 */
class PoolStream {
  private readonly child: ChildProcess;
  private readonly keys: string[] = [];
  private readonly sent = new Set<string>();
  private calls = 0;
  private stdout = '';
  private stderr = '';
  private readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>;

  constructor(
    private readonly concurrency: number,
    private readonly timeoutSeconds: number,
  ) {
    this.child = spawn(process.execPath, ['-e', POOL_PROGRAM], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
      windowsHide: true,
    });
    this.closed = new Promise((resolve) => {
      this.child.on('error', (error) => resolve({ code: null, signal: null, error }));
      this.child.on('close', (code, signal) => resolve({ code, signal }));
    });
    this.child.stdin!.on('error', () => {
      // The pool is gone: `finish` reports every script of it as not checked.
    });
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      this.stdout += chunk;
    });
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      if (this.stderr.length < 4096) this.stderr += chunk;
    });
    this.hold(false);
    this.write(poolHeader(concurrency, timeoutSeconds));
  }

  has(key: string): boolean {
    return this.sent.has(key);
  }

  /** Scripts sent so far. */
  get size(): number {
    return this.keys.length;
  }

  /** Sends scripts as calls of at most `spread` processes' worth (planCalls' bounds apply). */
  send(scripts: [string, Wanted][], spread: number): void {
    if (scripts.length === 0) return;
    const first = this.keys.length;
    for (const [key] of scripts) {
      this.keys.push(key);
      this.sent.add(key);
    }
    const texts = scripts.map(([, script]) => script.text);
    for (const call of planCalls(
      scripts.map(([, script]) => script),
      spread,
    )) {
      this.calls++;
      this.write(callMessage(call, texts, first));
    }
  }

  async finish(): Promise<[string, ShellcheckOutcome][]> {
    this.hold(true);
    this.child.stdin!.end();
    const timeoutMs = poolHeader(this.concurrency, this.timeoutSeconds).timeoutMs;
    const bound = poolBound(timeoutMs, this.calls, this.keys.length, this.concurrency);
    const timer = setTimeout(() => this.child.kill('SIGTERM'), bound);
    const { code, signal, error } = await this.closed;
    clearTimeout(timer);
    const settled = readOutcomes(
      this.stdout,
      this.stderr,
      this.keys.length,
      this.timeoutSeconds,
      error ? `the shellcheck pool did not finish: ${error.message}` : exitProblem(code, signal, this.stderr),
    );
    return this.keys.map((key, index) => [key, settled[index]!]);
  }

  private write(message: unknown): void {
    if (this.child.stdin!.writable) this.child.stdin!.write(`${JSON.stringify(message)}\n`);
  }

  /** Lets the pool keep the process alive (while the run waits for it), or not (while files are still walked). */
  private hold(on: boolean): void {
    const handles = [this.child, this.child.stdin, this.child.stdout, this.child.stderr] as ({
      ref?: () => void;
      unref?: () => void;
    } | null)[];
    for (const handle of handles) (on ? handle?.ref : handle?.unref)?.call(handle);
  }
}

/** Every call and every retry of a script alone is bounded; this bounds the pool process itself if it misbehaves. */
function poolBound(timeoutMs: number, calls: number, scripts: number, concurrency: number): number {
  return timeoutMs * Math.ceil((calls + scripts) / concurrency + 2) + 30_000;
}

function exitProblem(code: number | null, signal: NodeJS.Signals | null, stderr: string): string | undefined {
  if (code === 0) return undefined;
  return `the shellcheck pool stopped (${signal ?? `exit code ${code}`}): ${firstLine(stderr)}`;
}

/** The pool's answer, one outcome per script; every script is "not checked" when the pool failed. */
function readOutcomes(
  stdout: string,
  stderr: string,
  count: number,
  timeoutSeconds: number,
  problem: string | undefined,
): ShellcheckOutcome[] {
  const failAll = (reason: string): ShellcheckOutcome[] =>
    Array.from({ length: count }, () => ({ kind: 'failed', reason }));
  if (problem) return failAll(problem);
  try {
    const parsed = JSON.parse(stdout) as { outcomes: ShellcheckOutcome[] };
    if (!Array.isArray(parsed.outcomes) || parsed.outcomes.length !== count)
      return failAll('the shellcheck pool answered for the wrong scripts');
    return parsed.outcomes.map((outcome): ShellcheckOutcome => {
      if (outcome?.kind === 'timeout') return { kind: 'timeout', seconds: timeoutSeconds };
      return outcome?.kind === 'checked' || outcome?.kind === 'failed'
        ? outcome
        : { kind: 'failed', reason: 'the shellcheck pool gave no outcome' };
    });
  } catch {
    return failAll(`the shellcheck pool printed no result: ${firstLine(stderr)}`);
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
    const id = groupOf(script.dialect, script.exclude);
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
function runPool(
  input: string,
  count: number,
  calls: number,
  concurrency: number,
  options: PoolOptions,
): ShellcheckOutcome[] {
  const { timeoutMs } = poolHeader(concurrency, options.timeoutSeconds);
  const child = spawnSync(process.execPath, ['-e', POOL_PROGRAM], {
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: poolBound(timeoutMs, calls, count, concurrency),
    killSignal: 'SIGTERM',
    // No loader hooks or flags of the caller (a test runner's, tsx's): the program is plain CommonJS.
    env: { ...process.env, NODE_OPTIONS: '' },
    windowsHide: true,
  });
  const problem = child.error
    ? `the shellcheck pool did not finish: ${child.error.message}`
    : exitProblem(child.status, child.signal, child.stderr);
  return readOutcomes(child.stdout, child.stderr, count, options.timeoutSeconds, problem);
}

function firstLine(text: string | undefined): string {
  return (text ?? '').trim().split('\n')[0]?.slice(0, 300) ?? '';
}

/**
 * The pool, run as `node -e`. Its input is one JSON object a line: first `{concurrency, timeoutMs}`, then calls
 * `{args, scripts, texts}` (script numbers and their texts), as they come: a run that streams them keeps writing
 * while it walks files. Each script is written once into a private temporary folder; the calls run at most
 * `concurrency` at a time, each killed after `timeoutMs`. A call that times out or fails is split into one call per
 * script, so that one slow or broken script costs only its own outcome. Once the input ends and every call is done,
 * prints `{outcomes}` (one per script, in script order). The folder is removed on exit and on SIGINT, SIGTERM and
 * SIGHUP, after the shellcheck processes are killed. Plain JavaScript in a string, so that it runs the same from the
 * sources, the tests and the bundles.
 */
const POOL_PROGRAM = String.raw`'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
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
let concurrency = 1;
let timeoutMs = 10000;
let header = true;
let ended = false;
let count = 0;
const files = [];
const byFile = new Map();
const outcomes = [];
const queue = [];
let running = 0;
function firstLine(text) { return String(text || '').trim().split('\n')[0].slice(0, 300); }
function take(line) {
  if (line.trim() === '') return;
  const message = JSON.parse(line);
  if (header) { header = false; concurrency = message.concurrency; timeoutMs = message.timeoutMs; return; }
  message.scripts.forEach((script, index) => {
    const file = path.join(dir, script + '.sh');
    fs.writeFileSync(file, message.texts[index]);
    files[script] = file;
    byFile.set(file, script);
    count = Math.max(count, script + 1);
  });
  queue.push({ args: message.args, scripts: message.scripts });
}
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
  if (ended && running === 0 && queue.length === 0) {
    cleanUp();
    const answer = [];
    for (let index = 0; index < count; index++) answer.push(outcomes[index] || null);
    process.stdout.write(JSON.stringify({ outcomes: answer }));
  }
}
let rest = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop();
  for (const line of lines) take(line);
  next();
});
process.stdin.on('end', () => { take(rest); ended = true; next(); });
`;
