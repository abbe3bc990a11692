import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultConfig, type Config } from '../src/core/config.js';
import { Engine, type PendingFile } from '../src/core/engine.js';
import { SourceFile } from '../src/core/source.js';
import { ALL_DOMAINS as DOMAINS, defaultRegistry } from '../src/rules/index.js';
import { generateTerraform } from './corpus/terraform.js';
import { median, table, type Benchmark } from './lib/context.js';

const FILES = 1000;
const SEED = 20261205;
const WARM_PASSES = 15;
const COLD_RUNS = 5;
const TARGET_MS_PER_FILE = 0.5;

/**
 * Terraform: parse (tree-sitter's HCL grammar on wasm), model, every Terraform rule of the strict preset with the
 * files of each folder read as one module; warm in-process and as cold CLI processes. Also the cold start of a
 * repository without any .tf file beside one with a single .tf file: the grammar loads only for the second.
 */
export const terraformBenchmark: Benchmark = {
  id: 'terraform',
  title: 'Terraform',
  async run(context) {
    const corpus = generateTerraform(FILES, SEED);
    const dir = join(context.tmp, 'terraform');
    for (const { name, text } of corpus) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    writeFileSync(join(dir, '.shipshape.yml'), 'extends: strict\n');
    const bytes = corpus.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
    const lines = corpus.reduce((sum, file) => sum + file.text.split('\n').length - 1, 0);
    context.log(`corpus: ${corpus.length} .tf files, ${lines} lines, ${(bytes / 1024).toFixed(0)} KB in ${dir}`);

    const loadBefore = loadavg();
    const registry = defaultRegistry();
    const config: Config = { ...defaultConfig(), preset: 'strict' };
    const rules = registry.forDomain('terraform').filter((rule) => registry.severityOf(rule.meta.id, config));
    const sources = corpus.map(({ name, text }) => ({ name, text }));
    let findings = 0;
    // One pass is one run: every file started (parsed, walked), then the module-wide work settled.
    const pass = (): { wall: number; cpu: number } => {
      const engine = new Engine({ registry, domains: DOMAINS, config, readFile: () => undefined });
      const cpu = process.cpuUsage();
      const start = performance.now();
      const pending: PendingFile[] = [];
      for (const { name, text } of sources) {
        const started = engine.startFile(new SourceFile(name, text), 'terraform');
        if (started) pending.push(started);
      }
      findings = engine.finishFiles(pending).reduce((sum, list) => sum + list.length, 0);
      const wall = performance.now() - start;
      const used = process.cpuUsage(cpu);
      return { wall, cpu: (used.user + used.system) / 1000 };
    };
    for (let i = 0; i < 5; i++) pass();
    const passes = Array.from({ length: WARM_PASSES }, pass);
    const msPerFile = median(passes.map((p) => p.wall)) / corpus.length;
    const cpuPerFile = median(passes.map((p) => p.cpu)) / corpus.length;
    context.log(
      `warm: ${msPerFile.toFixed(3)} ms/file wall, ${cpuPerFile.toFixed(3)} ms/file CPU (${rules.length} rules, ${findings} findings)`,
    );

    // Parsing and the model alone (no rule).
    const parseOnly = (): number => {
      const domain = DOMAINS.find((candidate) => candidate.id === 'terraform')!;
      const start = performance.now();
      for (const { name, text } of sources) domain.parse(new SourceFile(name, text));
      return performance.now() - start;
    };
    for (let i = 0; i < 3; i++) parseOnly();
    const parseMs = median(Array.from({ length: WARM_PASSES }, parseOnly)) / corpus.length;

    let cold: { ms: number; cpu: number; summary: string; noTf: number; oneTf: number } | { error: string };
    try {
      context.cli();
      const runs = Array.from({ length: COLD_RUNS }, () => context.runCli(['check', '.', '--fail-on', 'never'], dir));
      const failed = runs.find((run) => run.status !== 0);
      if (failed) throw new Error(`exit ${failed.status}: ${failed.stderr.trim().split('\n')[0]}`);
      const small = (files: Record<string, string>): string => {
        const root = join(context.tmp, `small-${Object.keys(files).join('-').replace(/\W/g, '')}`);
        for (const [name, text] of Object.entries(files)) {
          mkdirSync(dirname(join(root, name)), { recursive: true });
          writeFileSync(join(root, name), text);
        }
        return root;
      };
      const noTf = small({ Dockerfile: 'FROM node:20.11.1-slim\nUSER node\n' });
      const oneTf = small({ Dockerfile: 'FROM node:20.11.1-slim\nUSER node\n', 'main.tf': corpus[2]!.text });
      const coldOf = (root: string): number =>
        median(Array.from({ length: COLD_RUNS }, () => context.runCli(['check', '.', '--fail-on', 'never'], root).ms));
      cold = {
        ms: median(runs.map((run) => run.ms)),
        cpu: median(runs.map((run) => run.cpuMs)),
        summary: runs[0]!.stdout.trim().split('\n').pop() ?? '',
        noTf: coldOf(noTf),
        oneTf: coldOf(oneTf),
      };
      context.log(
        `cold: ${cold.ms.toFixed(0)} ms on the corpus; ${cold.noTf.toFixed(0)} ms without .tf, ${cold.oneTf.toFixed(0)} ms with one`,
      );
    } catch (error) {
      cold = { error: error instanceof Error ? error.message : String(error) };
      context.log(`cold run failed: ${cold.error}`);
    }

    const load = (values: number[]): string => values.map((value) => value.toFixed(1)).join(' / ');
    const loadLine = `load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadavg())} after, ${cpus().length} CPUs`;
    context.log(loadLine);
    const missed: string[] = [];
    if (msPerFile > TARGET_MS_PER_FILE) missed.push(`warm ${msPerFile.toFixed(3)} ms/file > ${TARGET_MS_PER_FILE} ms`);
    if ('error' in cold) missed.push(`cold run failed: ${cold.error}`);
    const ok = (met: boolean): string => (met ? 'met' : '**missed**');
    const markdown = [
      `Corpus: ${corpus.length} generated .tf files (seed ${SEED}) in folders of versions, variables, outputs and topic`,
      `files (network, storage, databases, IAM, compute); ${lines} lines, ${(bytes / 1024).toFixed(0)} KB; ~2 % with a syntax error.`,
      `Rules: the strict preset, ${rules.length} Terraform rules; each folder is one module. ${loadLine}.`,
      '',
      table(
        ['Measure', 'Result', 'Target'],
        [
          [
            `Warm, in-process, wall time (median of ${WARM_PASSES} passes)`,
            `${msPerFile.toFixed(3)} ms/file`,
            `≤ ${TARGET_MS_PER_FILE} ms/file: ${ok(msPerFile <= TARGET_MS_PER_FILE)}`,
          ],
          ['Warm, CPU time of the process', `${cpuPerFile.toFixed(3)} ms/file`, ''],
          ['Warm, parse and model only (no rule)', `${parseMs.toFixed(3)} ms/file`, ''],
          ['Findings per pass', String(findings), ''],
          ...('error' in cold
            ? [['Cold runs', `failed: ${cold.error.replace(/\|/g, '\\|').slice(0, 200)}`, '']]
            : [
                [
                  `Cold: one \`shipshape check\` on the corpus (median of ${COLD_RUNS})`,
                  `${cold.ms.toFixed(0)} ms`,
                  '',
                ],
                ['Cold: a repository with one Dockerfile, no .tf', `${cold.noTf.toFixed(0)} ms`, 'grammar not loaded'],
                ['Cold: the same with one .tf file', `${cold.oneTf.toFixed(0)} ms`, ''],
              ]),
        ],
      ),
      ...('error' in cold ? [] : ['', `Cold run summary line: \`${cold.summary}\``]),
    ].join('\n');
    return { markdown, missed };
  },
};
