import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

/** What a benchmark module gets from the shared runner. */
export interface BenchContext {
  /** Repository root. */
  root: string;
  /** A scratch directory for this run (removed afterwards). */
  tmp: string;
  log(message: string): void;
  /** The CLI bundled into the scratch directory (built once per run, dist/ untouched): path of its index.js. */
  cli(): string;
  /** One cold CLI process: wall time and the process's own peak RSS. */
  runCli(args: string[], cwd: string): ColdRun;
}

/** A benchmark module: measures one thing and returns its section of docs/performance.md. */
export interface Benchmark {
  /** Section id, used for the markers in docs/performance.md. */
  id: string;
  title: string;
  run(context: BenchContext): Promise<BenchSection>;
}

export interface BenchSection {
  /** Markdown body of the section (the runner adds the heading and the machine line). */
  markdown: string;
  /** Targets missed, one line each; empty when all are met. */
  missed: string[];
}

export interface ColdRun {
  ms: number;
  /** Peak resident set size of the CLI process, in MB. */
  peakRssMb: number;
  /** User + system CPU time of the CLI process, in ms (steadier than wall time on a busy machine). */
  cpuMs: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Prints the process's peak RSS (kB) and CPU time (µs) on exit, as stderr's last line; loaded with --import. */
const PROBE = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\n@@probe="+u.maxRSS+","+(u.userCPUTime+u.systemCPUTime)+"\\n")})`;

export function createContext(root: string, tmp: string, log: (message: string) => void): BenchContext {
  let bundled: string | undefined;
  return {
    root,
    tmp,
    log,
    cli() {
      if (bundled) return bundled;
      const out = join(tmp, 'bundle');
      log('bundling the CLI into a scratch directory…');
      const build = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs'), 'cli', '--out', out], {
        cwd: root,
        encoding: 'utf8',
      });
      if (build.status !== 0)
        throw new Error(
          `bundling the CLI failed:\n${`${build.stdout}\n${build.stderr}`.trim().split('\n').slice(0, 15).join('\n')}`,
        );
      bundled = join(out, 'cli', 'index.js');
      if (!existsSync(bundled)) throw new Error(`bundle not found at ${bundled}`);
      return bundled;
    },
    runCli(args, cwd) {
      const cli = this.cli();
      const start = performance.now();
      const child = spawnSync(process.execPath, ['--import', PROBE, cli, ...args], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 512 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' },
      });
      const ms = performance.now() - start;
      const match = /@@probe=(\d+),(\d+)\s*$/.exec(child.stderr ?? '');
      return {
        ms,
        peakRssMb: match ? Number(match[1]) / 1024 : Number.NaN,
        cpuMs: match ? Number(match[2]) / 1000 : Number.NaN,
        status: child.status,
        stdout: child.stdout ?? '',
        stderr: (child.stderr ?? '').replace(/\n?@@probe=\d+,\d+\s*$/, ''),
      };
    },
  };
}

export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  let nproc = String(cpus().length);
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    // keep os.cpus()
  }
  return `${nproc} CPUs (nproc; ${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'shipshape-bench-'));
}

const HEADER = `# Performance

Measured by \`npm run bench\` (bench/run.ts). Each section is written by one benchmark module in bench/ and records
the machine it ran on; run \`npm run bench -- <id>\` to refresh one section. Do not edit between the markers.
`;

/** Replaces (or appends) one section of docs/performance.md, keeping the others. */
export function writeSection(file: string, id: string, title: string, body: string): void {
  let text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  const section = `${start}\n## ${title}\n\n${body.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from !== -1 && to > from) text = text.slice(0, from) + section + text.slice(to + end.length);
  else text = `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
