import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { Composer, isMap, isPair, isScalar, isSeq, Parser, visit, type Document } from 'yaml';
import { FastYamlReader } from '../../../src/domains/yaml/fast-reader.js';
import { generateWorkflows } from '../../../bench/github-actions.js';

const OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, merge: true, logLevel: 'error' } as const;
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const reader = new FastYamlReader(OPTIONS);

function full(text: string): Document.Parsed[] {
  return Array.from(new Composer(OPTIONS).compose(new Parser().parse(text)));
}

/** The first difference between two node trees in what shipshape reads: kinds, values, types, formats, ranges. */
function difference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (isMap(a) || isSeq(a)) {
    if (isMap(a) ? !isMap(b) : !isSeq(b)) return `${path}: ${isMap(a) ? 'map' : 'seq'} vs ${String(b)}`;
    const [x, y] = [a, b as typeof a];
    if (String(x.range) !== String(y.range)) return `${path}: range ${String(x.range)} vs ${String(y.range)}`;
    if (Boolean(x.flow) !== Boolean(y.flow)) return `${path}: flow`;
    if (x.items.length !== y.items.length) return `${path}: ${x.items.length} vs ${y.items.length} items`;
    for (let i = 0; i < x.items.length; i++) {
      const [p, q] = [x.items[i], y.items[i]];
      const found =
        isPair(p) && isPair(q)
          ? (difference(p.key, q.key, `${path}.key(${i})`) ?? difference(p.value, q.value, `${path}[${i}]`))
          : difference(p, q, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isScalar(a)) {
    if (!isScalar(b)) return `${path}: scalar vs ${String(b)}`;
    for (const key of ['type', 'format', 'source', 'minFractionDigits', 'tag', 'anchor'] as const) {
      if ((a as unknown as Record<string, unknown>)[key] !== (b as unknown as Record<string, unknown>)[key])
        return `${path}: ${key}`;
    }
    if (!Object.is(a.value, b.value)) return `${path}: value ${JSON.stringify(a.value)} vs ${JSON.stringify(b.value)}`;
    if (String(a.range) !== String(b.range)) return `${path}: range ${String(a.range)} vs ${String(b.range)}`;
    return undefined;
  }
  return a === b ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
}

function visited(document: Document.Parsed): string {
  const seen: string[] = [];
  visit(document, {
    Scalar: () => void seen.push('s'),
    Pair: () => void seen.push('p'),
    Map: () => void seen.push('m'),
    Seq: () => void seen.push('q'),
  });
  return seen.join('');
}

/** Undefined when the reader gave up or built what `yaml` builds; otherwise what differs. */
function mismatch(text: string): string | undefined {
  const fast = reader.read(text);
  if (!fast) return undefined;
  const expected = full(text);
  if (expected.length !== 1) return `${expected.length} documents`;
  if (expected[0]!.errors.length > 0) return `read a document yaml rejects: ${expected[0]!.errors[0]!.message}`;
  if (String(fast[0]!.range) !== String(expected[0]!.range))
    return `document range ${String(fast[0]!.range)} vs ${String(expected[0]!.range)}`;
  const found = difference(fast[0]!.contents, expected[0]!.contents);
  if (found) return found;
  // The nodes behave as yaml's own under its API: conversion to data, cloning, visiting.
  if (JSON.stringify(fast[0]!.toJS()) !== JSON.stringify(expected[0]!.toJS())) return 'toJS differs';
  if (difference(fast[0]!.clone().contents, expected[0]!.contents)) return 'clone differs';
  if (visited(fast[0]!) !== visited(expected[0]!)) return 'visit differs';
  return undefined;
}

function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

const repositoryFiles = [
  '.github',
  'actions',
  'gitlab',
  'workflows',
  'examples',
  'test/fixtures/github-actions',
  'test/fixtures/gitlab-ci',
]
  .flatMap(yamlFilesUnder)
  .concat('action.yml');
const corpus = generateWorkflows(120, 5).map((file) => file.text);

describe('FastYamlReader', () => {
  test('builds the same nodes and ranges as yaml for every YAML file of this repository and the benchmark corpus', () => {
    const texts = [...repositoryFiles.map((path) => readFileSync(path, 'utf8')), ...corpus];
    const read = texts.filter((text) => reader.read(text) !== undefined).length;
    expect(texts.map(mismatch).filter(Boolean)).toEqual([]);
    // It must carry the common case, or it is no faster.
    expect(read / texts.length).toBeGreaterThan(0.85);
  });

  test.each([
    ['an indented comment after a one-line value extends that value', 'a:\n  b: x\n      # deeper\n\nc: 1\n'],
    ['comments at the column of a nested mapping stay with it', 'a:\n  b: 1\n  # same column\n# left\nc: 2\n'],
    ['blank lines after a nested mapping move up', 'a:\n  b: 1\n\n\nc: 2\n'],
    ['an empty value takes the comments after it', 'a:\n  b:\n  # note\n  c: 2\nd:   # why\n  e: 1\n'],
    ['an empty value at the end of a nested mapping', 'jobs:\n  x:\n    with:\n# left\n  y: 1\n'],
    ["the next line's indentation ends a kept comment", 'a:\n  b:\n    c: ""\n    # kept\n  d: 1\n'],
    [
      'block scalars: literal, folded, strip, keep',
      'a: |\n  one\n\n  two\nb: >-\n  f\n  g\n\n    more\n  h\nc: |+\n  k\n\nd: x\n',
    ],
    [
      'sequences, compact mappings and flow sequences',
      "a:\n- x\n- k: v  # c\n  l: [1, \"two\" , 'th''ree', 0x1F]\nb: []\n",
    ],
    [
      'core-schema scalars',
      'a: ~\nb: null\nc: True\nd: 0o17\ne: 1e3\nf: .5\ng: 1.50\nh: -.inf\ni: .NaN\nj: "1"\nk: \'\'\nl: 012\n',
    ],
    ['keys that are not strings', '1: a\ntrue: b\n"q": c\nnull: d\n'],
    ['no final line break', 'a:\n  b: [x]\n  c: y  # end'],
    ['emoji and other non-ASCII text', 'name: 🚀 Deploy — prod\nrun: echo "ü"\n'],
  ])('%s', (_title, text) => {
    expect(reader.read(text)).toBeDefined();
    expect(mismatch(text)).toBeUndefined();
  });

  test.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['merge keys', 'a:\n  <<: {b: 1}\n'],
    ['flow mappings', 'a: {b: 1}\n'],
    ['nested flow sequences', 'a: [[1]]\n'],
    ['multi-line plain scalars', 'a: one\n  two\n'],
    ['multi-line quoted scalars', 'a: "one\n  two"\n'],
    ['escapes', 'a: "tab\\there"\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['tabs', 'a:\n\tb: 1\n'],
    ['CR line breaks', 'a: 1\r\nb: 2\r\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['a mapping in a compact value', 'a: b: c\n'],
    ['explicit keys', '? a\n: b\n'],
    ['a sequence at the root', '- a\n'],
    ['an indented root', '  a: 1\n'],
    ['an empty sequence item', 'a:\n  -\n  - b\n'],
    ['nested compact sequences', 'a:\n  - - b\n'],
    ['block scalar indentation indicators', 'a: |2\n   x\n'],
    ['more-indented blank lines in a block scalar', 'a: |\n  x\n     \n  y\n'],
    ['a comment without a space before it', 'a: "x"# c\n'],
    ['an empty file', ''],
    ['only comments', '# nothing\n'],
    ['broken YAML', 'jobs:\n  [broken\n'],
  ])('leaves %s to yaml', (_title, text) => {
    expect(reader.read(text)).toBeUndefined();
  });

  test('mutated workflows (comments, blank lines, scalars, block scalars at any indentation): the same nodes or a fallback', () => {
    let readFast = 0;
    const bases = [...corpus.slice(0, 20), ...repositoryFiles.slice(0, 40).map((path) => readFileSync(path, 'utf8'))];
    const scalar = fc.constantFrom(
      '1',
      '-2',
      '0x1F',
      '1e3',
      '.5',
      '1.50',
      '~',
      'null',
      'True',
      'yes',
      '.inf',
      "'q''s'",
      '"dq"',
      "''",
      'a b',
      'x:y',
      'http://x',
      '-x',
      '[a, b]',
      '[]',
      '[ \'a\' , "b" ]',
      'v # c',
      'v#c',
    );
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('comment' as const), at: fc.nat(), indent: fc.nat({ max: 12 }) }),
      fc.record({ kind: fc.constant('blank' as const), at: fc.nat(), indent: fc.nat({ max: 4 }) }),
      fc.record({
        kind: fc.constant('trailing' as const),
        at: fc.nat(),
        text: fc.constantFrom(' # t', '  #', '   ', ' #x # y'),
      }),
      fc.record({ kind: fc.constant('value' as const), at: fc.nat(), text: scalar }),
      fc.record({
        kind: fc.constant('block' as const),
        at: fc.nat(),
        header: fc.constantFrom('|', '|-', '|+', '>', '>-', '>+'),
        extra: fc.nat({ max: 2 }),
        lines: fc.array(fc.constantFrom('a', '  more', '', 'b', ' ', 'c d'), { minLength: 1, maxLength: 5 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.nat({ max: bases.length - 1 }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (base, edits, trimEnd) => {
          const lines = bases[base]!.split('\n');
          for (const e of edits) {
            const at = e.at % (lines.length + 1);
            const line = lines[at];
            if (e.kind === 'comment') lines.splice(at, 0, `${' '.repeat(e.indent)}# note`);
            else if (e.kind === 'blank') lines.splice(at, 0, ' '.repeat(e.indent));
            else if (e.kind === 'trailing' && line) lines[at] = line + e.text;
            else if (e.kind === 'delete' && line !== undefined) lines.splice(at, 1);
            else if ((e.kind === 'value' || e.kind === 'block') && line && /:\s+\S/.test(line)) {
              lines[at] = line.replace(/:\s.*$/, `: ${e.kind === 'value' ? e.text : e.header}`);
              if (e.kind === 'block') {
                const indent = line.match(/^ */)![0].length + 2 + e.extra;
                lines.splice(
                  at + 1,
                  0,
                  ...e.lines.map((body) => (body.trim() === '' ? body : ' '.repeat(indent) + body)),
                );
              }
            }
          }
          const text = trimEnd ? lines.join('\n').replace(/\n+$/, '') : lines.join('\n');
          if (reader.read(text)) readFast++;
          expect(mismatch(text)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
    // Most mutations stay within what the reader takes on, so the comparison is not vacuous.
    expect(readFast / RUNS).toBeGreaterThan(0.3);
  });
});
