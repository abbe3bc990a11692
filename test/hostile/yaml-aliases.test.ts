/**
 * Hostile YAML through the real CLI: aliases that refer to a node containing them, aliases repeated thousands of
 * times, anchors that expand to millions of nodes, nesting deeper than any walk can recurse. Each shape is generated
 * here and checked by a child process killed at the harness's bound (2 s), so a hang or a runaway expansion fails
 * its test instead of stalling the suite. Every case asserts the exact rule, file and line.
 */
import { checkJson, cliBundle, makeTree, removeTree, runShipshape, type JsonFinding } from './harness.js';

const WORKFLOW = '.github/workflows/ci.yml';
const GITLAB = '.gitlab-ci.yml';
const CYCLE = (name: string) =>
  `the alias \`*${name}\` is inside the node anchored \`&${name}\` that it refers to: a cycle that never ends`;

/** Lines of a file, with the 1-based line numbers of the ones a test points at. */
class Lines {
  readonly lines: string[] = [];
  readonly marks = new Map<string, number[]>();

  add(line: string, mark?: string): this {
    this.lines.push(line);
    if (mark) this.marks.set(mark, [...(this.marks.get(mark) ?? []), this.lines.length]);
    return this;
  }

  line(mark: string, index = 0): number {
    const found = this.marks.get(mark)?.[index];
    if (found === undefined) throw new Error(`no line marked ${mark} #${index}`);
    return found;
  }

  get text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

const trees: string[] = [];

async function check(files: Record<string, string>): Promise<JsonFinding[]> {
  const dir = makeTree(files);
  trees.push(dir);
  const result = await checkJson(dir);
  expect(result.timedOut).toBe(false);
  expect(result.code).toBe(0);
  return result.findings;
}

/** `rule path:line` of the findings of one rule (or every syntax finding), in report order. */
function where(findings: JsonFinding[], ruleId: string): string[] {
  return findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => `${finding.ruleId} ${finding.path}:${finding.line}`);
}

function syntax(findings: JsonFinding[]): { at: string; message: string }[] {
  return findings
    .filter((finding) => finding.ruleId.endsWith('/syntax'))
    .map((finding) => ({ at: `${finding.ruleId} ${finding.path}:${finding.line}`, message: finding.message }));
}

function workflowHead(): Lines {
  return new Lines().add('on: push').add('permissions: {}').add('jobs:');
}

beforeAll(async () => {
  await cliBundle();
}, 120_000);

afterAll(() => {
  for (const dir of trees) removeTree(dir);
});

describe('aliases that refer to a node containing them are a syntax finding naming the anchor, not a hang', () => {
  test('GitHub: a job anchor used inside the job', async () => {
    const file = workflowHead()
      .add('  build: &job')
      .add('    runs-on: ubuntu-24.04')
      .add('    needs: *job', 'alias')
      .add('    steps:')
      .add('      - run: make');
    expect(syntax(await check({ [WORKFLOW]: file.text }))).toEqual([
      { at: `gha/syntax ${WORKFLOW}:${file.line('alias')}`, message: `Workflow syntax: ${CYCLE('job')}` },
    ]);
  });

  test('GitHub: a job anchor used as one of its own steps', async () => {
    const file = workflowHead()
      .add('  build: &job')
      .add('    runs-on: ubuntu-24.04')
      .add('    steps:')
      .add('      - run: make')
      .add('      - *job', 'alias');
    expect(syntax(await check({ [WORKFLOW]: file.text }))).toEqual([
      { at: `gha/syntax ${WORKFLOW}:${file.line('alias')}`, message: `Workflow syntax: ${CYCLE('job')}` },
    ]);
  });

  test('GitHub: a step anchor used inside the step, and a steps anchor as its own item', async () => {
    const step = workflowHead()
      .add('  build:')
      .add('    runs-on: ubuntu-24.04')
      .add('    steps:')
      .add('      - &step')
      .add('        run: make')
      .add('        env: *step', 'alias');
    const steps = workflowHead()
      .add('  build:')
      .add('    runs-on: ubuntu-24.04')
      .add('    steps: &steps')
      .add('      - run: make')
      .add('      - *steps', 'alias');
    const findings = await check({
      '.github/workflows/step.yml': step.text,
      '.github/workflows/steps.yml': steps.text,
    });
    expect(
      syntax(findings)
        .map((finding) => finding.at)
        .sort(),
    ).toEqual([
      `gha/syntax .github/workflows/step.yml:${step.line('alias')}`,
      `gha/syntax .github/workflows/steps.yml:${steps.line('alias')}`,
    ]);
  });

  test('GitHub: a merge key (`<<: *a`) inside the mapping it names', async () => {
    const file = workflowHead()
      .add('  build: &job')
      .add('    runs-on: ubuntu-24.04')
      .add('    <<: *job', 'alias')
      .add('    steps: [{run: make}]');
    expect(syntax(await check({ [WORKFLOW]: file.text }))).toEqual([
      { at: `gha/syntax ${WORKFLOW}:${file.line('alias')}`, message: `Workflow syntax: ${CYCLE('job')}` },
    ]);
  });

  test('GitLab: a job anchor used inside the job, a script anchor as its own line, a merge-key cycle', async () => {
    const job = new Lines().add('build: &job').add('  script: [make]').add('  needs: *job', 'alias');
    const script = new Lines().add('build:').add('  script: &lines').add('    - make').add('    - *lines', 'alias');
    const merge = new Lines()
      .add('.base: &base')
      .add('  script: [make]')
      .add('  <<: *base', 'alias')
      .add('build:')
      .add('  extends: .base');
    for (const [file, name] of [
      [job, 'job'],
      [script, 'lines'],
      [merge, 'base'],
    ] as const) {
      expect(syntax(await check({ [GITLAB]: file.text }))).toEqual([
        { at: `gitlab/syntax ${GITLAB}:${file.line('alias')}`, message: `GitLab CI syntax: ${CYCLE(name)}` },
      ]);
    }
  });
});

describe('aliases are resolved once into a shared graph: thousands of uses stay fast and bounded', () => {
  /** `steps` steps sharing one anchored env; the anchor sets a variable gha/insecure-commands reports. */
  function sharedEnv(steps: number): Lines {
    const file = workflowHead()
      .add('  build:')
      .add('    runs-on: ubuntu-24.04')
      .add('    timeout-minutes: 10')
      .add('    steps:');
    file
      .add('      - run: make')
      .add('        env: &env')
      .add('          ACTIONS_ALLOW_UNSECURE_COMMANDS: "true"', 'key')
      .add('          MODE: release');
    for (let i = 1; i < steps; i++) file.add('      - run: make').add('        env: *env');
    return file;
  }

  test.each([3000, 6000])(
    'GitHub: %i steps with `env: *env`; the rule on `env:` sees the anchor through every alias',
    async (steps) => {
      const file = sharedEnv(steps);
      const findings = await check({ [WORKFLOW]: file.text });
      expect(syntax(findings)).toEqual([]);
      // One finding per step, each at the anchored key: the alias stands for the same text.
      expect(where(findings, 'gha/insecure-commands')).toEqual(
        Array(steps).fill(`gha/insecure-commands ${WORKFLOW}:${file.line('key')}`),
      );
    },
  );

  test('GitHub: one 5,000-key anchor used by 5,000 steps is refused as an alias bomb at the 25th use', async () => {
    const file = new Lines().add('on: push').add('permissions: {}').add('env: &big');
    for (let i = 0; i < 5000; i++) file.add(`  KEY_${i}: value ${i}`);
    file.add('jobs:').add('  build:').add('    runs-on: ubuntu-24.04').add('    steps:');
    for (let i = 0; i < 5000; i++) file.add('      - run: make').add('        env: *big', 'use');
    // The anchor is 10,001 nodes (the mapping, 5,000 keys and values); the 25th copy passes 250,000.
    expect(syntax(await check({ [WORKFLOW]: file.text }))).toEqual([
      {
        at: `gha/syntax ${WORKFLOW}:${file.line('use', 24)}`,
        message:
          'Workflow syntax: aliases expand to more than 250,000 nodes (`*big` repeats the 10,001-node anchor `&big`): refusing a possible alias bomb',
      },
    ]);
  });

  test('GitLab: one 5,000-key variables anchor used by 5,000 jobs is refused at the 25th use', async () => {
    const file = new Lines().add('.vars: &vars');
    for (let i = 0; i < 5000; i++) file.add(`  KEY_${i}: value ${i}`);
    for (let i = 0; i < 5000; i++) file.add(`job-${i}:`).add('  script: [make]').add('  variables: *vars', 'use');
    expect(syntax(await check({ [GITLAB]: file.text })).map((finding) => finding.at)).toEqual([
      `gitlab/syntax ${GITLAB}:${file.line('use', 24)}`,
    ]);
  });

  test('GitLab: 3,000 jobs that extend a template and merge and alias its anchors; rules see the merged image', async () => {
    const file = new Lines()
      .add('.base: &base')
      .add('  image: node:latest', 'image')
      .add('  script: [make]')
      .add('  variables: &vars')
      .add('    MODE: release');
    for (let i = 0; i < 3000; i++)
      file.add(`job-${i}:`, 'job').add('  extends: .base').add('  variables: *vars').add('  <<: *base');
    const findings = await check({ [GITLAB]: file.text });
    expect(syntax(findings)).toEqual([]);
    // The template itself, then each job, at its `extends:` (the first place the job takes the image from).
    const expected = [`gitlab/unpinned-image ${GITLAB}:${file.line('image')}`];
    for (let i = 0; i < 3000; i++) expected.push(`gitlab/unpinned-image ${GITLAB}:${file.line('job', i) + 1}`);
    expect(where(findings, 'gitlab/unpinned-image')).toEqual(expected);
  });

  test('a billion laughs (nine levels of nine aliases) is refused without expanding it', async () => {
    const file = new Lines()
      .add('on: push')
      .add('permissions: {}')
      .add('env:')
      .add('  L0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]');
    for (let i = 1; i < 9; i++)
      file.add(
        `  L${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
        `level${i}`,
      );
    file.add('jobs: {}');
    // Levels up to 4 add 74,718 nodes; the third `*l4` on level 5 passes 250,000.
    expect(syntax(await check({ [WORKFLOW]: file.text })).map((finding) => finding.at)).toEqual([
      `gha/syntax ${WORKFLOW}:${file.line('level5')}`,
    ]);
  });
});

describe('nesting beyond 150 levels is a syntax finding, not a stack overflow', () => {
  test('GitHub: deep block mappings under `with:`', async () => {
    const file = workflowHead()
      .add('  build:')
      .add('    runs-on: ubuntu-24.04')
      .add('    steps:')
      .add('      - uses: actions/checkout@v4')
      .add('        with:');
    // Levels: the top mapping 1, jobs 2, build 3, steps 4, the step 5, with 6; the mapping under key k<i> is level
    // 7 + i and starts on the line of k<i + 1>: level 151 is the one under k144.
    for (let i = 0; i < 400; i++) file.add(`${' '.repeat(10 + i)}k${i}:`, `k${i}`);
    file.lines[file.lines.length - 1] += ' 1';
    const found = syntax(await check({ [WORKFLOW]: file.text }));
    expect(found).toEqual([
      {
        at: `gha/syntax ${WORKFLOW}:${file.line('k145')}`,
        message: 'Workflow syntax: collections nested deeper than 150 levels: refusing the file',
      },
    ]);
  });

  test.each([
    ['flow sequences', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['flow mappings', (n: number) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`],
    ['flow sequences of flow mappings', (n: number) => `${'[{a: '.repeat(n)}1${'}]'.repeat(n)}`],
  ])('GitHub and GitLab: 5,000 levels of %s on one line', async (_shape, nest) => {
    const workflow = workflowHead()
      .add('  build:')
      .add('    runs-on: ubuntu-24.04')
      .add('    steps:')
      .add('      - uses: actions/checkout@v4')
      .add(`        with: {deep: ${nest(5000)}}`, 'deep');
    const gitlab = new Lines()
      .add('build:')
      .add('  script: [make]')
      .add(`  variables: {deep: ${nest(5000)}}`, 'deep');
    const findings = await check({ [WORKFLOW]: workflow.text, [GITLAB]: gitlab.text });
    expect(
      syntax(findings)
        .map((finding) => finding.at)
        .sort(),
    ).toEqual([`gha/syntax ${WORKFLOW}:${workflow.line('deep')}`, `gitlab/syntax ${GITLAB}:${gitlab.line('deep')}`]);
    expect(findings.some((finding) => /call stack/i.test(finding.message))).toBe(false);
  });

  test('GitLab: anchors that nest each other past the bound are refused at the alias', async () => {
    const file = new Lines().add('.l0: &l0 [make]');
    for (let i = 1; i < 200; i++) file.add(`.l${i}: &l${i} [*l${i - 1}]`, `l${i}`);
    file.add('build:').add('  script: *l199');
    // .l149's sequence is level 2; its alias to &l148 (149 levels) reaches 151.
    expect(syntax(await check({ [GITLAB]: file.text }))).toEqual([
      {
        at: `gitlab/syntax ${GITLAB}:${file.line('l149')}`,
        message: 'GitLab CI syntax: `*l148` nests the anchor `&l148` deeper than 150 levels of collections',
      },
    ]);
  });
});

describe("shipshape's own config is read within the same bounds", () => {
  test.each([
    [
      'a cyclic alias',
      'ignore: &paths\n  - build/**\n  - *paths\n',
      3,
      'the alias `*paths` is inside the node anchored `&paths` that it refers to: a cycle that never ends',
    ],
    [
      '5,000 levels of nesting',
      `ignore: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      1,
      'collections nested deeper than 150 levels',
    ],
  ])('%s in .shipshape.yml: exit 2 naming the file and line', async (_name, config, line, message) => {
    const dir = makeTree({ '.shipshape.yml': config, Dockerfile: 'FROM alpine:3.20\n' });
    trees.push(dir);
    const result = await runShipshape(['check', '.'], { cwd: dir });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`shipshape: ${dir}/.shipshape.yml:${line}: invalid YAML: ${message}`);
  });
});
