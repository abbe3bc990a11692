import { LineCounter } from 'yaml';
import { loadYaml, MAX_DEPTH } from '../../src/core/yaml-graph.js';

describe('loadYaml: YAML the tool reads for itself, within the bounds of the files it checks', () => {
  test('data with anchors shared and merge keys merged', () => {
    const loaded = loadYaml('base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\n');
    expect(loaded.ok && loaded.data).toEqual({ base: { x: 1, y: 2 }, use: { x: 1, y: 2 }, merged: { x: 1, y: 3 } });
    const data = (loaded.ok ? loaded.data : {}) as { base: object; use: object };
    expect(data.use).toBe(data.base);
  });

  test('an empty text is null data', () => {
    expect(loadYaml('')).toMatchObject({ ok: true, data: null });
    expect(loadYaml('# only a comment\n')).toMatchObject({ ok: true, data: null });
  });

  test.each([
    [
      'a cycle',
      'a: &a [1, *a]\n',
      'the alias `*a` is inside the node anchored `&a` that it refers to: a cycle that never ends',
      1,
    ],
    ['an unknown alias', 'a: *nope\n', 'the alias `*nope` has no anchor `&nope` before it', 1],
    [
      'deep nesting',
      `a: ${'{b: '.repeat(MAX_DEPTH)}1${'}'.repeat(MAX_DEPTH)}\n`,
      `collections nested deeper than ${MAX_DEPTH} levels`,
      1,
    ],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', 'Map keys must be unique', 3],
    ['a merge of a scalar', 'a:\n  <<: 1\n', 'Merge sources must be maps or map aliases', 2],
    ['a syntax error', 'a: [1\nb: 2\n', /^/, 2],
  ])('%s is a problem with its offset, never data', (_name, text, message, line) => {
    const lineCounter = new LineCounter();
    const loaded = loadYaml(text, lineCounter);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    if (typeof message === 'string') expect(loaded.message).toBe(message);
    expect(lineCounter.linePos(loaded.offset).line).toBe(line);
  });

  test('an alias bomb is refused without expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    const loaded = loadYaml(`${lines.join('\n')}\n`);
    expect(loaded.ok ? 'loaded' : loaded.message).toMatch(
      /^aliases expand to more than 250,000 nodes .*refusing a possible alias bomb$/,
    );
  });
});
