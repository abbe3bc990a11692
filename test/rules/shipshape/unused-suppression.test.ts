import { check, describe_ } from './engine.js';

const unused = (id: string) => `Unused suppression of "${id}": nothing to ignore here; remove it.`;

describe('shipshape/unused-suppression (reported by the engine)', () => {
  test('a suppression that matched nothing is reported on its own line', () => {
    const code = '# shipshape-ignore[docker/no-latest-tag] pinned below\nFROM node:20.11\n';
    expect(check(code).map(describe_)).toEqual([
      `shipshape/unused-suppression 1:1-1:54 warning ${unused('docker/no-latest-tag')}`,
    ]);
  });

  test('a suppression that was used is not reported, and the finding is gone', () => {
    expect(check('# shipshape-ignore[docker/no-latest-tag] nightly base\nFROM node:latest\n')).toEqual([]);
    expect(check('# shipshape-ignore-file[docker/no-latest-tag]\nFROM node:20\nFROM node:latest\n')).toEqual([]);
  });

  test('each unused id of a list is reported once; used ids are not', () => {
    const code = 'FROM node:latest\n# shipshape-ignore[docker/no-latest-tag, docker/syntax]\nFROM ubuntu\n';
    expect(check(code).map(describe_)).toEqual([
      'docker/no-latest-tag 1:1-1:17 warning Base image "node:latest" uses the `latest` tag: pin a version (e.g. `node:1.2`) or a digest.',
      `shipshape/unused-suppression 2:1-2:56 warning ${unused('docker/syntax')}`,
    ]);
  });

  test('file-scope suppressions that matched nothing are reported too', () => {
    expect(check('FROM node:20\n# shipshape-ignore-file[docker/no-latest-tag]\n').map(describe_)).toEqual([
      `shipshape/unused-suppression 2:1-2:46 warning ${unused('docker/no-latest-tag')}`,
    ]);
  });

  test('not reported for a rule that is off or for peers’ markers; reported beside a syntax error, as rules still run', () => {
    const off = (config: any) => (config.rules['docker/no-latest-tag'] = { severity: 'off' });
    expect(check('# shipshape-ignore[docker/no-latest-tag]\nFROM node:20\n', { configure: off })).toEqual([]);
    expect(check('# hadolint ignore=DL3007\nFROM node:20\n')).toEqual([]);
    expect(check('# shipshape-ignore[docker/no-latest-tag]\nFROM node:20\nRUNN x\n').map((f) => f.ruleId)).toEqual([
      'shipshape/unused-suppression',
      'docker/syntax',
    ]);
  });

  test('can be turned off in the config', () => {
    const configure = (config: any) => (config.rules['shipshape/unused-suppression'] = { severity: 'off' });
    expect(check('# shipshape-ignore[docker/no-latest-tag]\nFROM node:20\n', { configure })).toEqual([]);
  });

  test('its fingerprint does not depend on the line', () => {
    const a = check('# shipshape-ignore[docker/no-latest-tag]\nFROM node:20\n');
    const b = check('\n\n# shipshape-ignore[docker/no-latest-tag]\nFROM node:20\n');
    expect(b[0]!.span.line).toBe(3);
    expect(b[0]!.fingerprint).toBe(a[0]!.fingerprint);
  });
});
