/**
 * Fuzzing the real CLI, one child process per generated input, each killed past a time bound (test/hostile/harness.ts):
 * YAML alias structures (shared, self-referencing, cyclic, nested), deep nesting, symbolic-link layouts (inside,
 * outside the tree, dangling, loops) and scanner report files. Every run must end within the bound, with an exit code
 * of 0, 1 or 2 (never a crash), no stack trace and no internal-error text in any finding.
 * `npm run fuzz` runs many more inputs (FUZZ_RUNS, FUZZ_SEED=random).
 */
import fc from 'fast-check';
import { checkJson, makeTree, removeTree, runShipshape, type RunResult } from '../hostile/harness.js';
import { runs, seed } from './arbitraries.js';

/**
 * Per input. What a fuzz run hunts is a hang or a blow-up, killed here; the 2 s ceiling per hostile case is asserted
 * by test/hostile on fixed shapes. A looser bound keeps a busy shared machine (a cold process alone can take 1.5 s
 * at a load of 20 on 2 cores) from failing inputs that are merely slow to start.
 */
const BOUND_MS = 5000;
/** jest's limit for one property: every run at its bound, and shrinking. */
const timeout = (share: number): number => runs(share) * BOUND_MS + 60_000;

/** Text that only an internal failure puts into a finding or an error. */
const INTERNAL =
  /Maximum call stack|Invalid string length|out of memory|internal error|TypeError|RangeError|ReferenceError|\n\s+at .+:\d+:\d+\)?/;

function expectClean(result: RunResult, texts: string[]): void {
  expect(result.timedOut).toBe(false);
  expect(result.ms).toBeLessThan(BOUND_MS);
  expect([0, 1, 2]).toContain(result.code);
  expect(result.stderr).not.toMatch(INTERNAL);
  for (const text of texts) expect(text).not.toMatch(INTERNAL);
}

const key = fc.constantFrom('a', 'b', 'env', 'steps', 'run', 'with', 'script', 'jobs', 'build', 'x');
const anchor = fc.constantFrom('e', 'j', 's', 'loop', 'big');

/** A YAML value: scalars, anchored collections, aliases to anchors that may or may not exist (or contain the alias). */
const yamlValue: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      '1',
      'x',
      '"${{ github.event.issue.title }}"',
      'echo hi',
      '[]',
      '{}',
      'null',
      '*e',
      '*loop',
      '*big',
    ),
    fc
      .tuple(anchor, fc.array(fc.tuple(key, tie('value')), { minLength: 1, maxLength: 4 }))
      .map(([name, pairs]) => `&${name} {${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    fc
      .tuple(fc.option(anchor, { nil: undefined }), fc.array(tie('value'), { maxLength: 4 }))
      .map(([name, items]) => `${name ? `&${name} ` : ''}[${items.join(', ')}]`),
    fc.tuple(key, tie('value')).map(([k, v]) => `{<<: *e, ${k}: ${v}}`),
  ),
})).value;

/** A workflow or GitLab file built from such values, sometimes nested deeply. */
const yamlFile = fc
  .tuple(
    fc.array(fc.tuple(key, yamlValue), { minLength: 1, maxLength: 5 }),
    fc.nat({ max: 400 }),
    fc.constantFrom('flow', 'block'),
  )
  .map(([pairs, depth, style]) => {
    const nested =
      style === 'flow'
        ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
        : Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ` 1`;
    return [
      'on: push',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      `    env: ${pairs[0]![1]}`,
      '    steps:',
      ...pairs.map(([k, v]) => `      - {name: ${k}, run: echo, with: ${v}}`),
      style === 'flow' ? `deep: ${nested}` : `deep:\n${nested.replace(/^/gm, '  ')}`,
      ...pairs.map(([k, v]) => `${k}x: ${v}`),
    ].join('\n');
  });

describe('fuzz: hostile trees through the real CLI, each run bounded', () => {
  test(
    'alias structures and nesting in workflows and GitLab files',
    async () => {
      await fc.assert(
        fc.asyncProperty(yamlFile, yamlFile, async (workflow, gitlab) => {
          const dir = makeTree({
            '.github/workflows/ci.yml': workflow,
            '.gitlab-ci.yml': gitlab.replace(/^on: push\n/, 'stages: [test]\n'),
          });
          try {
            const result = await checkJson(dir, [], { boundMs: BOUND_MS });
            expectClean(
              result,
              result.findings.map((finding) => finding.message),
            );
          } finally {
            removeTree(dir);
          }
        }),
        { numRuns: runs(0.004), seed: seed(41) },
      );
    },
    timeout(0.004),
  );

  test(
    'symbolic-link layouts: inside, outside the tree, dangling, to folders, in loops',
    async () => {
      const target = fc.constantFrom(
        'Dockerfile',
        '../outside',
        '/etc/passwd',
        '/proc/self/environ',
        'missing',
        '.',
        '..',
        'sub',
        'sub/link',
        '/dev/zero',
      );
      const linkPath = fc.constantFrom(
        'Dockerfile.link',
        'sub/Dockerfile',
        'sub/link',
        '.github/workflows/x.yml',
        'action.yml',
        '.gitlab-ci.yml',
        'loop',
      );
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.tuple(linkPath, target), { minLength: 1, maxLength: 5, selector: ([path]) => path }),
          async (pairs) => {
            const dir = makeTree({ Dockerfile: 'FROM node:20\n', 'sub/keep.txt': 'x' }, Object.fromEntries(pairs));
            try {
              const result = await checkJson(dir, [], { boundMs: BOUND_MS });
              expectClean(
                result,
                result.findings.map((finding) => finding.message),
              );
            } finally {
              removeTree(dir);
            }
          },
        ),
        { numRuns: runs(0.004), seed: seed(42) },
      );
    },
    timeout(0.004),
  );

  test(
    'scanner report files of every shape: the gate ends in time with a clear answer',
    async () => {
      const json: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
        node: fc.oneof(
          { depthSize: 'small' },
          fc.constantFrom(null, 0, 'x', true, -1, 1e308),
          fc.array(tie('node'), { maxLength: 3 }),
          fc.dictionary(
            fc.constantFrom(
              'version',
              'runs',
              'results',
              'ruleId',
              'level',
              'message',
              'text',
              'locations',
              'Results',
              'Vulnerabilities',
              'matches',
              'vulnerabilities',
              'severity',
            ),
            tie('node'),
            { maxKeys: 4 },
          ),
        ),
      })).node;
      const tool = fc.constantFrom(
        'sarif',
        'trivy',
        'grype',
        'npm-audit',
        'osv-scanner',
        'gitleaks',
        'semgrep',
        'auto',
      );
      await fc.assert(
        fc.asyncProperty(tool, json, fc.nat({ max: 3000 }), async (name, body, depth) => {
          const text =
            depth > 2500
              ? `${'['.repeat(depth)}${']'.repeat(depth)}`
              : JSON.stringify({ version: '2.1.0', runs: [body], ...(typeof body === 'object' ? { body } : {}) });
          const dir = makeTree({ 'report.json': text });
          try {
            const result = await runShipshape(
              ['security-gate', '--no-check', '--no-secrets', '--report', `${name}:report.json`],
              { cwd: dir, boundMs: BOUND_MS },
            );
            expectClean(result, [result.stdout]);
          } finally {
            removeTree(dir);
          }
        }),
        { numRuns: runs(0.004), seed: seed(43) },
      );
    },
    timeout(0.004),
  );
});
