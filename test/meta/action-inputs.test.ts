import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CHECK_INPUTS } from '../../src/actions/check/inputs.js';
import { diffInputs } from '../../src/pipeline/render.js';
import { SURFACES } from '../../src/pipeline/spec.js';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));
const main = readFileSync(new URL('../../src/actions/check/main.ts', import.meta.url), 'utf8');

describe('root action.yml ↔ src/actions/check', () => {
  test('declares exactly the inputs of the spec (which generates them) that inputs.ts reads', () => {
    expect(Object.keys(action.inputs)).toEqual(Object.keys(CHECK_INPUTS));
    expect(
      diffInputs(
        SURFACES.find((surface) => surface.path === 'action.yml')!,
        readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'),
      ),
    ).toEqual([]);
  });

  test('declares exactly the outputs main.ts sets', () => {
    const set = [...main.matchAll(/core\.setOutput\('([^']+)'/g)].map((match) => match[1]);
    expect(Object.keys(action.outputs)).toEqual(set);
    for (const spec of Object.values<any>(action.outputs)) expect(spec.description).toEqual(expect.any(String));
  });

  test('metadata: a node24 action running the committed bundle, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/check/index.js' });
    expect(action).toMatchObject({
      name: expect.any(String),
      description: expect.any(String),
      author: expect.any(String),
    });
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });
});

describe('docs/root-action.md', () => {
  const doc = readFileSync(new URL('../../docs/root-action.md', import.meta.url), 'utf8');
  const rows = (header: string): string[][] => {
    const lines = doc.split('\n');
    const start = lines.indexOf(header);
    expect(start).toBeGreaterThan(-1);
    const out: string[][] = [];
    for (const line of lines.slice(start + 2)) {
      if (!line.startsWith('|')) break;
      out.push(
        line
          .slice(1, -1)
          .split(' | ')
          .map((cell) => cell.trim()),
      );
    }
    return out;
  };

  test('the inputs table is the generated one (test/pipeline/drift.test.ts keeps it current)', () => {
    expect(rows('| Input | Required | Default | Description |')).toEqual(
      Object.entries<any>(action.inputs).map(([name, spec]) => [
        `\`${name}\``,
        'no',
        spec.default ? `\`${spec.default}\`` : '',
        spec.description,
      ]),
    );
  });

  test('the outputs table matches action.yml', () => {
    expect(rows('| Output | Description |')).toEqual(
      Object.entries<any>(action.outputs).map(([name, spec]) => [`\`${name}\``, spec.description]),
    );
  });
});
