import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CHECK_INPUTS } from '../../src/actions/check/inputs.js';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));
const main = readFileSync(new URL('../../src/actions/check/main.ts', import.meta.url), 'utf8');

describe('root action.yml ↔ src/actions/check', () => {
  test('declares exactly the inputs inputs.ts reads, with the same description, default and required flag', () => {
    const declared = Object.fromEntries(
      Object.entries<any>(action.inputs).map(([name, spec]) => [name, { description: spec.description, required: spec.required ?? false, default: spec.default ?? '' }]),
    );
    expect(declared).toEqual(CHECK_INPUTS);
  });

  test('declares exactly the outputs main.ts sets', () => {
    const set = [...main.matchAll(/core\.setOutput\('([^']+)'/g)].map((match) => match[1]);
    expect(Object.keys(action.outputs)).toEqual(set);
    for (const spec of Object.values<any>(action.outputs)) expect(spec.description).toEqual(expect.any(String));
  });

  test('metadata: a node24 action running the committed bundle, with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/check/index.js' });
    expect(action).toMatchObject({ name: expect.any(String), description: expect.any(String), author: expect.any(String) });
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });
});
