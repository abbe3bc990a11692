import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { defaultConfig, type Config } from '../src/core/config.js';
import { Engine } from '../src/core/engine.js';
import { Registry } from '../src/core/registry.js';
import type { Handlers, Rule } from '../src/core/rule.js';
import { SourceFile } from '../src/core/source.js';
import { ALL_DOMAINS as DOMAINS } from '../src/rules/index.js';
import { defaultRegistry } from '../src/rules/index.js';
import { generateDockerfiles } from './corpus/dockerfiles.js';
import { median, table, type Benchmark } from './lib/context.js';

const FILES = 1000;
const SEED = 20261124;
const WARM_PASSES = 15;
const COLD_RUNS = 5;
const TARGET_MS_PER_FILE = 0.3;
const RULE_PASSES = 3;
const TARGET_COLD_MS = 1000;

/** Dockerfiles: the core and every Dockerfile rule (strict preset), in-process warm and as one cold CLI process. */
export const dockerfileBenchmark: Benchmark = {
  id: 'dockerfile',
  title: 'Dockerfiles',
  async run(context) {
    const corpus = generateDockerfiles(FILES, SEED);
    const dir = join(context.tmp, 'dockerfiles');
    for (const { name, text } of corpus) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    writeFileSync(join(dir, '.shipshape.yml'), 'extends: strict\n');
    const bytes = corpus.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
    const lines = corpus.reduce((sum, file) => sum + file.text.split('\n').length - 1, 0);
    context.log(`corpus: ${corpus.length} Dockerfiles, ${lines} lines, ${(bytes / 1024).toFixed(0)} KB in ${dir}`);

    const loadBefore = loadavg();
    // Warm, in-process: parse + walk + every rule + suppressions per file, as the runner does after reading.
    const registry = defaultRegistry();
    const rules = registry.forDomain('dockerfile').filter((rule) => registry.severityOf(rule.meta.id, strict()));
    const engine = new Engine({ registry, domains: DOMAINS, config: strict(), readFile: () => undefined });
    let findings = 0;
    // Wall time and this process's CPU time per pass: on a busy machine CPU time is the steadier of the two.
    const pass = (): { wall: number; cpu: number } => {
      const cpu = process.cpuUsage();
      const start = performance.now();
      findings = 0;
      for (const { name, text } of corpus)
        findings += engine.checkFile(new SourceFile(name, text), 'dockerfile').length;
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpu);
      return { wall, cpu: (used.user + used.system) / 1000 };
    };
    for (let i = 0; i < 5; i++) pass();
    const passes = Array.from({ length: WARM_PASSES }, pass);
    const warmMs = median(passes.map((p) => p.wall));
    const cpuMs = median(passes.map((p) => p.cpu));
    const msPerFile = warmMs / corpus.length;
    const cpuPerFile = cpuMs / corpus.length;
    context.log(
      `warm: ${msPerFile.toFixed(3)} ms/file wall, ${cpuPerFile.toFixed(3)} ms/file CPU (${rules.length} Dockerfile rules, ${findings} findings)`,
    );

    // Per-rule cost: each rule's create() and handlers timed where they run (differences of whole passes drown in
    // noise on a shared machine); a report's cost in the engine counts for the rule that made it.
    const baseline = timeWith(corpus, []);
    const perRule = timeRules(corpus);

    // Cold: one CLI process on the whole corpus (bundled CLI, text output).
    let cold:
      | {
          ms: number;
          cpu: number;
          fastest: number;
          slowest: number;
          rss: number;
          summary: string;
          bareMs: number;
          bareCpu: number;
        }
      | { error: string };
    try {
      context.cli();
      const runs = Array.from({ length: COLD_RUNS }, () => context.runCli(['check', '.', '--fail-on', 'never'], dir));
      const failed = runs.find((run) => run.status !== 0);
      if (failed) throw new Error(`exit ${failed.status}: ${failed.stderr.trim().split('\n').slice(0, 8).join(' / ')}`);
      // The same process with every rule but docker/syntax off: start-up, discovery, reading and parsing.
      // The repository's own config file: a --config outside the checked folder is refused.
      const bareConfig = join(dir, '.shipshape.yml');
      const off = registry.rules.filter(
        (rule) => rule.meta.domain === 'dockerfile' && rule.meta.id !== 'docker/syntax',
      );
      writeFileSync(bareConfig, `extends: strict\nrules:\n${off.map((rule) => `  ${rule.meta.id}: off\n`).join('')}`);
      const bare = Array.from({ length: COLD_RUNS }, () => context.runCli(['check', '.', '--fail-on', 'never'], dir));
      rmSync(bareConfig);
      const bareFailed = bare.find((run) => run.status !== 0);
      if (bareFailed)
        throw new Error(`exit ${bareFailed.status}: ${bareFailed.stderr.trim().split('\n').slice(0, 8).join(' / ')}`);
      cold = {
        bareMs: median(bare.map((run) => run.ms)),
        bareCpu: median(bare.map((run) => run.cpuMs)),
        ms: median(runs.map((run) => run.ms)),
        cpu: median(runs.map((run) => run.cpuMs)),
        fastest: Math.min(...runs.map((run) => run.ms)),
        slowest: Math.max(...runs.map((run) => run.ms)),
        rss: Math.max(...runs.map((run) => run.peakRssMb)),
        summary: runs[0]!.stdout.trim().split('\n').pop() ?? '',
      };
      context.log(
        `cold: ${cold.ms.toFixed(0)} ms wall, ${cold.cpu.toFixed(0)} ms CPU, peak RSS ${cold.rss.toFixed(0)} MB — ${cold.summary}`,
      );
    } catch (error) {
      cold = { error: error instanceof Error ? error.message : String(error) };
      context.log(`cold run failed: ${cold.error}`);
    }

    const loadAfter = loadavg();
    const load = (values: number[]): string => values.map((value) => value.toFixed(1)).join(' / ');
    const loadLine = `load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadAfter)} after, ${cpus().length} CPUs`;
    context.log(loadLine);

    const missed: string[] = [];
    if (msPerFile > TARGET_MS_PER_FILE) missed.push(`warm ${msPerFile.toFixed(3)} ms/file > ${TARGET_MS_PER_FILE} ms`);
    if ('error' in cold) missed.push(`cold run failed: ${cold.error.split('\n')[0]}`);
    else if (cold.ms > TARGET_COLD_MS) missed.push(`cold ${cold.ms.toFixed(0)} ms > ${TARGET_COLD_MS} ms`);
    const ok = (met: boolean) => (met ? 'met' : '**missed**');
    const coldRows: (string | number)[][] =
      'error' in cold
        ? [
            [
              `Cold: one \`shipshape check\` process on the corpus`,
              `failed: ${cold.error.split('\n')[0]!.replace(/\|/g, '\\|').slice(0, 300)}`,
              `≤ ${TARGET_COLD_MS} ms: **missed**`,
            ],
          ]
        : [
            [
              `Cold: one \`shipshape check\` process on the corpus (median of ${COLD_RUNS})`,
              `${cold.ms.toFixed(0)} ms`,
              `≤ ${TARGET_COLD_MS} ms: ${ok(cold.ms <= TARGET_COLD_MS)}`,
            ],
            ['Cold: fastest / slowest run', `${cold.fastest.toFixed(0)} / ${cold.slowest.toFixed(0)} ms`, ''],
            ['Cold: CPU time of the process (user + system, median)', `${cold.cpu.toFixed(0)} ms`, ''],
            ['Peak RSS of the CLI process', `${cold.rss.toFixed(0)} MB`, ''],
            [
              'Cold, every rule off but `docker/syntax` (start-up, discovery, reading, parsing): wall / CPU',
              `${cold.bareMs.toFixed(0)} / ${cold.bareCpu.toFixed(0)} ms`,
              '',
            ],
          ];

    const markdown = [
      `Corpus: ${corpus.length} generated Dockerfiles (seed ${SEED}; Node, Python, Go, Java, Ruby, static sites and legacy images;`,
      `single- and multi-stage; ${lines} lines, ${(bytes / 1024).toFixed(0)} KB; ~3 % with a syntax error, ~10 % CRLF).`,
      `Rules: the strict preset, ${rules.length} Dockerfile rules plus the suppression checks.`,
      `The machine is shared with other work: ${loadLine}. Wall times move by 10 % or more between runs;`,
      "CPU times are steadier, but include the garbage collector's and compiler's threads (hence CPU above wall).",
      '',
      table(
        ['Measure', 'Result', 'Target'],
        [
          [
            `Warm, in-process, wall time (median of ${WARM_PASSES} passes)`,
            `${msPerFile.toFixed(3)} ms/file`,
            `≤ ${TARGET_MS_PER_FILE} ms/file: ${ok(msPerFile <= TARGET_MS_PER_FILE)}`,
          ],
          ['Warm, in-process, CPU time of the process', `${cpuPerFile.toFixed(3)} ms/file`, ''],
          ['Warm throughput', `${Math.round(corpus.length / (warmMs / 1000)).toLocaleString('en-US')} files/s`, ''],
          ['Findings per pass', String(findings), ''],
          ...coldRows,
        ],
      ),
      '',
      ...('error' in cold ? [] : [`Cold run summary line: \`${cold.summary}\``, '']),
      `The warm figures run the sources as compiled by tsc (bench/.build). Parsing and walking alone (no rule on):`,
      `${(baseline / corpus.length).toFixed(3)} ms/file (CPU). Slowest rules (time in the rule per file, ${RULE_PASSES} passes):`,
      '',
      table(
        ['Rule', 'ms/file'],
        perRule.slice(0, 10).map((entry) => [`\`${entry.id}\``, entry.ms.toFixed(4)]),
      ),
      '',
      `All ${perRule.length} Dockerfile rules together: ${perRule.reduce((sum, entry) => sum + entry.ms, 0).toFixed(3)} ms/file.`,
    ].join('\n');
    return { markdown, missed };
  },
};

function strict(only?: string[]): Config {
  const config: Config = { ...defaultConfig(), preset: 'strict' };
  if (!only) return config;
  for (const rule of defaultRegistry().rules)
    config.rules[rule.meta.id] = { severity: only.includes(rule.meta.id) ? rule.meta.defaultSeverity : 'off' };
  return config;
}

/** Milliseconds per file spent inside each Dockerfile rule (create + handlers), slowest first. */
function timeRules(corpus: { name: string; text: string }[]): { id: string; ms: number }[] {
  const registry = defaultRegistry();
  const totals = new Map<string, number>();
  const add = (id: string, ms: number) => totals.set(id, (totals.get(id) ?? 0) + ms);
  const timed: Rule[] = registry.rules.map((rule) => ({
    meta: rule.meta,
    create(context) {
      const start = performance.now();
      const handlers = rule.create(context);
      add(rule.meta.id, performance.now() - start);
      const out: Handlers = {};
      for (const hook in handlers) {
        const handler = handlers[hook];
        if (typeof handler !== 'function') continue;
        out[hook] = (node) => {
          const begin = performance.now();
          try {
            handler(node);
          } finally {
            add(rule.meta.id, performance.now() - begin);
          }
        };
      }
      return out;
    },
  }));
  const engine = new Engine({
    registry: new Registry(timed),
    domains: DOMAINS,
    config: strict(),
    readFile: () => undefined,
  });
  for (const { name, text } of corpus) engine.checkFile(new SourceFile(name, text), 'dockerfile');
  totals.clear();
  for (let pass = 0; pass < RULE_PASSES; pass++) {
    for (const { name, text } of corpus) engine.checkFile(new SourceFile(name, text), 'dockerfile');
  }
  return [...totals]
    .filter(([id]) => registry.byId.get(id)?.meta.domain === 'dockerfile')
    .map(([id, ms]) => ({ id, ms: ms / RULE_PASSES / corpus.length }))
    .sort((a, b) => b.ms - a.ms);
}

/** Fastest CPU ms of a few passes over the files with only the given rules on (the minimum resists noise best). */
function timeWith(corpus: { name: string; text: string }[], ruleIds: string[]): number {
  const engine = new Engine({
    registry: defaultRegistry(),
    domains: DOMAINS,
    config: strict(ruleIds),
    readFile: () => undefined,
  });
  const pass = (): number => {
    const cpu = process.cpuUsage();
    for (const { name, text } of corpus) engine.checkFile(new SourceFile(name, text), 'dockerfile');
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  pass();
  return Math.min(pass(), pass(), pass(), pass(), pass());
}
