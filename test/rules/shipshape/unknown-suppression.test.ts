import { check, describe_ } from './engine.js';

const unknown = (id: string) => `Unknown rule "${id}" in suppression (see \`shipshape rules\`).`;

describe('shipshape/unknown-suppression (reported by the engine)', () => {
  test('a suppression naming a rule that does not exist is reported on its line', () => {
    expect(check('# shipshape-ignore[docker/no-latest-tags] typo\nFROM node:20\n').map(describe_)).toEqual([
      `shipshape/unknown-suppression 1:1-1:47 warning ${unknown('docker/no-latest-tags')}`,
    ]);
  });

  test('known ids of the same comment still work', () => {
    const code = '# shipshape-ignore[docker/no-latest-tag, no-latest-tag]\nFROM node:latest\n';
    expect(check(code).map(describe_)).toEqual([
      `shipshape/unknown-suppression 1:1-1:56 warning ${unknown('no-latest-tag')}`,
    ]);
  });

  test('file-scope markers are checked too; every unknown id is reported', () => {
    expect(
      check('# shipshape-ignore-file[gha/nope]\nFROM node:20\n# shipshape-ignore[x/y z]\nRUN make\n').map(describe_),
    ).toEqual([
      `shipshape/unknown-suppression 1:1-1:34 warning ${unknown('gha/nope')}`,
      `shipshape/unknown-suppression 3:1-3:26 warning ${unknown('x/y')}`,
      `shipshape/unknown-suppression 3:1-3:26 warning ${unknown('z')}`,
    ]);
  });

  test('reported even when the file does not parse', () => {
    expect(check('# shipshape-ignore[docker/nope]\nFROM node:20\nRUNN x\n').map((f) => f.ruleId)).toEqual([
      'shipshape/unknown-suppression',
      'docker/syntax',
    ]);
  });

  test('peers’ unknown ids are theirs to judge: not reported', () => {
    expect(check('# hadolint ignore=DL9999\nFROM node:20\n')).toEqual([]);
  });

  test('can be turned off in the config', () => {
    expect(
      check('# shipshape-ignore[docker/nope]\nFROM node:20\n', {
        configure: (config) => (config.rules['shipshape/unknown-suppression'] = { severity: 'off' }),
      }),
    ).toEqual([]);
  });
});
