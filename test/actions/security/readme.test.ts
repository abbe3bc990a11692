import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SECURITY_INPUTS } from '../../../src/actions/security/inputs.js';
import { renderActionReadme, USAGE } from '../../../src/pipeline/render.js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

test('action.yml declares exactly the inputs inputs.ts parses (the spec generates both) and runs the bundle', () => {
  const action = parse(read('actions/security/action.yml'));
  expect(Object.keys(action.inputs)).toEqual(Object.keys(SECURITY_INPUTS));
  expect(action.runs).toEqual({ using: 'node24', main: '../../dist/security/index.js' });
});

test('the README is the generator’s rendering of action.yml, its example pinned by commit SHA', () => {
  const usage = USAGE['actions/security/action.yml']!;
  expect(read('actions/security/README.md')).toBe(renderActionReadme(read('actions/security/action.yml'), usage));
  for (const [, ref] of usage.matchAll(/uses: (?!ORG\/shipshape)[^@\s]+@(\S+)/g)) expect(ref).toMatch(/^[0-9a-f]{40}$/);
});
