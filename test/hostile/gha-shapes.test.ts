import { checkJson, cliBundle, makeTree, removeTree, type JsonFinding } from './harness.js';

/**
 * Workflow values of the wrong shape where GitHub expects a string or a mapping: each must be a finding with the
 * exact rule and line, never a silent pass or a crash. The cases are generated (each wrong value in each place), one
 * workflow file per case, checked by one CLI run under the harness's time bound.
 */
const PLACES: { name: string; yaml: (value: string) => string; line: number; column: number }[] = [
  { name: 'run', yaml: (v) => `      - run: ${v}\n`, line: 6, column: 14 },
  { name: 'env', yaml: (v) => `      - run: echo\n        env: ${v}\n`, line: 7, column: 14 },
  { name: 'with', yaml: (v) => `      - uses: actions/checkout@v5\n        with: ${v}\n`, line: 7, column: 15 },
];
/** Each wrong value, and whether GitHub rejects it in each place (a mapping is right for `env` and `with`). */
const WRONG: { value: string; rejectedIn: readonly string[] }[] = [
  { value: '{x: 1}', rejectedIn: ['run'] },
  { value: '[1, 2]', rejectedIn: ['run', 'env', 'with'] },
  { value: '[[[[[[[[[[1]]]]]]]]]]', rejectedIn: ['run', 'env', 'with'] },
  { value: '{a: {b: {c: {d: 1}}}}', rejectedIn: ['run', 'env', 'with'] },
];

const workflow = (steps: string): string => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

const CASES = PLACES.flatMap((place) =>
  WRONG.map((wrong, index) => ({ place, wrong, file: `.github/workflows/${place.name}-${index}.yml` })),
);

describe('workflow values of the wrong shape', () => {
  let repo: string;
  let findings: JsonFinding[];
  beforeAll(async () => {
    await cliBundle();
    repo = makeTree(Object.fromEntries(CASES.map((c) => [c.file, workflow(c.place.yaml(c.wrong.value))])));
    const result = await checkJson(repo);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(0);
    findings = result.findings.filter((f) => f.ruleId === 'gha/invalid-structure');
  }, 120_000);
  afterAll(() => removeTree(repo));

  for (const { place, wrong, file } of CASES) {
    const rejected = wrong.rejectedIn.includes(place.name);
    it(`${place.name}: ${wrong.value} ${rejected ? 'is' : 'is not'} a gha/invalid-structure finding`, () => {
      const mine = findings.filter((f) => f.path === file);
      // A nested mapping in `env`/`with` is wrong in its value, one level down (line of the key, its value's column).
      if (!rejected) expect(mine).toEqual([]);
      else if (place.name !== 'run' && wrong.value.startsWith('{'))
        expect(mine).toEqual([expect.objectContaining({ line: place.line, severity: 'error' })]);
      else
        expect(mine).toEqual([expect.objectContaining({ line: place.line, column: place.column, severity: 'error' })]);
    });
  }
});
