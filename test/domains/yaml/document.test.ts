import { isMap } from 'yaml';
import { defineRule } from '../../../src/core/rule.js';
import { SourceFile } from '../../../src/core/source.js';
import {
  deref,
  locate,
  MAX_ALIAS_EXPANSION,
  MAX_DEPTH,
  parseYaml,
  pathString,
  spanOf,
  toData,
} from '../../../src/domains/yaml/document.js';
import { brief, check } from '../../core/helpers.js';

const yaml = (text: string) => parseYaml(new SourceFile('x.yml', text));

/** Nine levels of nine aliases each: 9^9 nodes if expanded. */
function aliasBomb(levels = 9): string {
  const name = (i: number) => `l${i}`;
  const lines = [`${name(0)}: &${name(0)} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let i = 1; i < levels; i++)
    lines.push(
      `${name(i)}: &${name(i)} [${Array(9)
        .fill(`*${name(i - 1)}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

const ghaSyntax = defineRule({
  meta: {
    id: 'gha/syntax',
    domain: 'github-actions',
    description: 'test syntax rule',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: { syntax: 'YAML syntax: {{message}}' },
  },
  create: () => ({}),
});

describe('parseYaml', () => {
  test('parses every document once and caches per SourceFile', () => {
    const file = new SourceFile('x.yml', 'a: 1\n---\nb: 2\n');
    const first = parseYaml(file);
    expect(first.documents).toHaveLength(2);
    expect(first.problems).toEqual([]);
    expect(parseYaml(file)).toBe(first);
  });

  test('syntax errors become problems with 1-based spans and a document path', () => {
    const { problems } = yaml('ok: 1\n---\na: 1\na: 2\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^Map keys must be unique/);
    expect(problems[0]!.at.path).toBe('doc[1]');
    expect(problems[0]!.at.span.line).toBe(4);
  });

  test('comments: own-line and trailing, with the right lines, across documents, CRLF and quotes', () => {
    const text =
      '# head\r\nname: ci # trailing\r\nvalue: "not # a comment"\r\n---\r\n  # indented own line\r\nx: [1, 2] # after flow\r\n';
    expect(yaml(text).comments).toEqual([
      { line: 1, text: 'head', trailing: false },
      { line: 2, text: 'trailing', trailing: true },
      { line: 5, text: 'indented own line', trailing: false },
      { line: 6, text: 'after flow', trailing: true },
    ]);
  });

  test('a `#` inside a block scalar is not a comment', () => {
    expect(yaml('script: |\n  echo "# not a comment"\n  # still the script\nnext: 1 # real\n').comments).toEqual([
      { line: 4, text: 'real', trailing: true },
    ]);
  });

  test('an alias bomb is a problem found within milliseconds, not a hang', () => {
    const { problems } = yaml(aliasBomb());
    // l0 is 10 nodes and each level 1 + 9 × the one before: l4 is 66,430. Aliases up to l4 add 74,718 nodes; the
    // third `*l4` on line 6 takes the total past 250,000.
    expect(problems).toEqual([
      {
        message: `aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes (\`*l4\` repeats the 66,430-node anchor \`&l4\`): refusing a possible alias bomb`,
        at: { span: { line: 6, column: 20, endLine: 6, endColumn: 23 }, path: 'doc[0]' },
      },
    ]);
  });

  test('an alias bomb inside a flow collection and in a later document is found too', () => {
    const { problems } = yaml(
      `ok: true\n---\n${aliasBomb(8)}top: [*l7, *l7, *l7, *l7, *l7, *l7, *l7, *l7, *l7, *l7]\n`,
    );
    expect(problems.map((p) => p.at.path)).toEqual(['doc[1]']);
  });

  test("real files: one anchor merged (`<<:`) by 150 GitLab jobs is fine (more than yaml's default of 100)", () => {
    const jobs = Array.from({ length: 150 }, (_, i) => `job${i}:\n  <<: *defaults\n  script: [make ${i}]`);
    const file = yaml(`.defaults: &defaults\n  image: node:20\n  tags: [linux]\n${jobs.join('\n')}\n`);
    expect(file.problems).toEqual([]);
    const data = toData(file.documents[0]!) as Record<string, { image: string; script: string[] }>;
    expect(data.job149).toEqual({ image: 'node:20', tags: ['linux'], script: ['make 149'] });
  });

  test('merge keys are the string "<<" in the Document and merged in the data', () => {
    const file = yaml('.base: &base {image: node:20}\njob:\n  <<: [*base, {tags: [x]}]\n  script: [make]\n');
    const job = (file.documents[0]!.contents as import('yaml').YAMLMap).items[1]!.value as import('yaml').YAMLMap;
    expect((job.items[0]!.key as import('yaml').Scalar).value).toBe('<<');
    expect(toData(file.documents[0]!)).toEqual({
      '.base': { image: 'node:20' },
      job: { image: 'node:20', tags: ['x'], script: ['make'] },
    });
  });

  test('an alias to an anchor that does not exist is a problem, not an exception later', () => {
    const file = yaml('name: ci\non: *missing\n');
    expect(file.problems.map((p) => [p.message, p.at.path, p.at.span.line])).toEqual([
      ['the alias `*missing` has no anchor `&missing` before it', 'doc[0]', 2],
    ]);
  });

  test('a merge of something that is not a map is a problem, not an exception later', () => {
    const file = yaml('ok: 1\n---\nbuild:\n  <<: 1\n  script: [make]\n');
    expect(file.problems.map((p) => [p.message, p.at.path])).toEqual([
      ['Merge sources must be maps or map aliases', 'doc[1]'],
    ]);
    expect(toData(file.documents[0]!)).toEqual({ ok: 1 });
  });

  test.each([
    ['a mapping anchor used inside itself', 'build: &j\n  runs-on: x\n  needs: *j\n', 'j', 3, 10],
    ['a sequence anchor as its own item', 'steps: &s\n  - run: a\n  - *s\n', 's', 3, 5],
    ['an item anchor used inside the item', 'steps:\n  - &s\n    run: a\n    env: *s\n', 's', 4, 10],
    ['a merge key of the mapping it is in', 'job: &j\n  image: x\n  <<: *j\n', 'j', 3, 7],
    ['a flow mapping', 'a: &a {b: [1, *a]}\n', 'a', 1, 15],
  ])('a cycle (%s) is a problem naming the anchor, at the alias', (_name, text, anchor, line, column) => {
    const { problems } = yaml(text);
    expect(problems.map((p) => [p.message, p.at.span.line, p.at.span.column])).toEqual([
      [
        `the alias \`*${anchor}\` is inside the node anchored \`&${anchor}\` that it refers to: a cycle that never ends`,
        line,
        column,
      ],
    ]);
  });

  test('an anchor redefined later: each alias means the last one before it (inside its own node, that is a cycle)', () => {
    const file = yaml('a: &x [1]\nb: *x\nc: &x [2]\nd: *x\n');
    expect(file.problems).toEqual([]);
    expect(toData(file.documents[0]!)).toEqual({ a: [1], b: [1], c: [2], d: [2] });
    expect(yaml('a: &x [1]\nb: &x [*x, 2]\n').problems.map((p) => p.at.span.line)).toEqual([2]);
  });

  test('aliases are linked once to the anchored node itself: every use shares it, nothing is copied', () => {
    const steps = Array.from({ length: 3000 }, (_, i) => `  - run: echo ${i}\n    env: *e`).join('\n');
    const file = yaml(`env: &e\n  A: "1"\nsteps:\n${steps}\n`);
    expect(file.problems).toEqual([]);
    const root = file.documents[0]!.contents as import('yaml').YAMLMap;
    const anchored = root.items[0]!.value;
    const items = (root.items[1]!.value as import('yaml').YAMLSeq).items as import('yaml').YAMLMap[];
    expect(items.every((step) => deref(step.items[1]!.value) === anchored)).toBe(true);
    const data = toData(file.documents[0]!) as { env: object; steps: { env: object }[] };
    expect(data.steps[2999]!.env).toBe(data.env);
    expect(data.env).toEqual({ A: '1' });
  });

  test('deref: a node stands for itself, an alias of a refused document for nothing', () => {
    const file = yaml('a: &a 1\nb: *a\nc: *a\nc: 2\n');
    expect(file.problems.map((p) => p.message)).toEqual(['Map keys must be unique']);
    const root = file.documents[0]!.contents as import('yaml').YAMLMap;
    expect(deref(root.items[0]!.value)).toBe(root.items[0]!.value);
    // The walk stopped at the duplicate key before reaching the later alias.
    expect(deref(root.items[2]!.value)).toBeNull();
  });

  test(`collections nested deeper than ${MAX_DEPTH} levels are refused before anything recurses into them`, () => {
    const flow = yaml(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(flow.documents).toEqual([]);
    // The top mapping is level 1, so the 150th `[` (column 153) opens level 151.
    expect(flow.problems.map((p) => [p.message, p.at.span.line, p.at.span.column])).toEqual([
      [`collections nested deeper than ${MAX_DEPTH} levels: refusing the file`, 1, 153],
    ]);
    const block = Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(yaml(`${block} 1\n`).problems.map((p) => [p.message, p.at.span.line])).toEqual([
      [`collections nested deeper than ${MAX_DEPTH} levels: refusing the file`, 151],
    ]);
    const mixed = `a: ${'[{b: '.repeat(100)}1${'}]'.repeat(100)}\n`;
    expect(yaml(mixed).problems).toHaveLength(1);
    expect(yaml(`a: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`).problems).toEqual([]);
  });

  test('aliases that nest anchors deeper than the bound are refused at the alias', () => {
    const lines = ['l0: &l0 [x]'];
    for (let i = 1; i < 200; i++) lines.push(`l${i}: &l${i} [*l${i - 1}]`);
    const { problems } = yaml(`${lines.join('\n')}\n`);
    // l148 holds 149 levels of sequences; inside l149's sequence (level 2) that makes 151.
    expect(problems.map((p) => [p.message, p.at.span.line])).toEqual([
      [`\`*l148\` nests the anchor \`&l148\` deeper than ${MAX_DEPTH} levels of collections`, 150],
    ]);
  });

  test("duplicate keys in a composed document are found (with a set, not a scan per key), with yaml's message", () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `  k${i}: &a${i} v`).join('\n');
    const file = yaml(`big:\n${keys}\n  k7: again\n`);
    expect(file.problems.map((p) => [p.message, p.at.span.line, p.at.span.column])).toEqual([
      ['Map keys must be unique', 2002, 3],
    ]);
    expect(yaml('a: {x: 1, x: 2}\nb: &b 1\n').problems.map((p) => [p.message, p.at.span.column])).toEqual([
      ['Map keys must be unique', 11],
    ]);
    expect(yaml("a: &x 1\n1: one\n'1': text\n").problems).toEqual([]);
  });

  test('a quoted "<<" is a plain key, not a merge', () => {
    const file = yaml('base: &b {x: 1}\njob:\n  "<<": *b\n');
    expect(file.problems).toEqual([]);
    expect(toData(file.documents[0]!)).toEqual({ base: { x: 1 }, job: { '<<': { x: 1 } } });
  });

  test('lone CRs: the YAML parser reads them as text; positions still come from SourceFile lines', () => {
    expect(yaml('a: 1\n# one\rb: 2 # two\n').comments).toEqual([{ line: 2, text: 'one\rb: 2 # two', trailing: false }]);
  });

  test('toData hands each caller its own object', () => {
    const file = yaml('a: &a {x: 1}\nb: *a\n');
    const first = toData(file.documents[0]!) as { b: { x: number } };
    first.b.x = 99;
    expect(toData(file.documents[0]!)).toEqual({ a: { x: 1 }, b: { x: 1 } });
  });

  test('toData of a document without aliases', () => {
    expect(toData(yaml('a: [1, two]\n').documents[0]!)).toEqual({ a: [1, 'two'] });
  });
});

describe('the engine on a YAML domain', () => {
  test('an alias bomb gives a <domain>/syntax finding and no rule runs', () => {
    const findings = check('bomb.yml', aliasBomb(), { rules: [ghaSyntax] });
    expect(brief(findings)).toEqual(['6:20 gha/syntax']);
    expect(findings[0]!.message).toMatch(/^YAML syntax: aliases expand to more than 250,000 nodes/);
  });

  test('a malformed YAML file gives a syntax finding', () => {
    expect(brief(check('bad.yml', 'a: [1, 2\nb: 3\n', { rules: [ghaSyntax] }))).toEqual(['2:1 gha/syntax']);
  });
});

describe('locate, spanOf, pathString', () => {
  const file = new SourceFile(
    'x.yml',
    'jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n      - run: make\n',
  );
  const document = parseYaml(file).documents[0]!;

  test('pathString', () => {
    expect(pathString(['jobs', 'build', 'steps', 1, 'run'])).toBe('jobs.build.steps[1].run');
    expect(pathString([])).toBe('$');
    expect(pathString([0, 'a'])).toBe('[0].a');
  });

  test('value span by default, key span on request', () => {
    expect(locate(file, document, ['jobs', 'build', 'steps', 0, 'uses'])).toEqual({
      span: { line: 4, column: 15, endLine: 4, endColumn: 34 },
      path: 'jobs.build.steps[0].uses',
    });
    expect(locate(file, document, ['jobs', 'build'], { key: true })).toEqual({
      span: { line: 2, column: 3, endLine: 2, endColumn: 8 },
      path: 'jobs.build',
    });
  });

  test('a missing path falls back to the nearest existing ancestor', () => {
    expect(locate(file, document, ['jobs', 'build', 'steps', 7, 'run']).span.line).toBe(4);
    expect(locate(file, document, ['nope']).span.line).toBe(1);
  });

  test('spanOf a node without a range is line 1', () => {
    expect(spanOf(file, null)).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 6 });
    expect(isMap(document.contents)).toBe(true);
  });
});
