/**
 * The fast YAML reader and the Dockerfile parse shortcuts rely on internals of `yaml` and `dockerfile-ast`. Both are
 * pinned to the exact release they were verified against; this test fails, saying what to do, when package.json or
 * the installed copy moves, and proves the documented switch that turns the fast reader off.
 */
import { jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERIFIED_DOCKERFILE_AST_VERSION } from '../../src/domains/dockerfile/parse.js';
import { FastYamlReader, VERIFIED_YAML_VERSION } from '../../src/domains/yaml/fast-reader.js';
import { runCheck } from '../../src/runner/check.js';

const root = join(import.meta.dirname, '../..');
const require = createRequire(join(root, 'package.json'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

describe.each([
  ['yaml', VERIFIED_YAML_VERSION, 'src/domains/yaml/fast-reader.ts', 'test/domains/yaml/fast-reader.test.ts'],
  ['dockerfile-ast', VERIFIED_DOCKERFILE_AST_VERSION, 'src/domains/dockerfile/parse.ts', 'test/domains/dockerfile'],
])('%s', (name, verified, source, tests) => {
  const advice = `the shortcuts in ${source} were verified against ${name} ${verified}: run ${tests}, then move the pin and the constant together`;

  test('package.json pins exactly the verified version', () => {
    expect({ pinned: pkg.dependencies[name], advice }).toEqual({ pinned: verified, advice });
  });

  test('the installed copy is the verified version', () => {
    const installed = (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string })
      .version;
    expect({ installed, advice }).toEqual({ installed: verified, advice });
  });
});

describe('turning the fast YAML reader off', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-fast-reader-'));
  mkdirSync(join(dir, '.github/workflows'), { recursive: true });
  writeFileSync(
    join(dir, '.github/workflows/ci.yml'),
    'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
  );
  const read = jest.spyOn(FastYamlReader.prototype, 'read');
  afterAll(() => {
    read.mockRestore();
    delete process.env.SHIPSHAPE_FAST_YAML_READER;
    rmSync(dir, { recursive: true, force: true });
  });
  const run = async (config: string | undefined) => {
    rmSync(join(dir, '.shipshape.yml'), { force: true });
    if (config !== undefined) writeFileSync(join(dir, '.shipshape.yml'), config);
    read.mockClear();
    const result = await runCheck({ root: dir, paths: ['.github'] });
    expect(result.checked['github-actions']).toBe(1);
    return read.mock.calls.length;
  };

  test('on by default', async () => {
    expect(await run(undefined)).toBeGreaterThan(0);
  });

  test('off with `fast-yaml-reader: false` in the config', async () => {
    expect(await run('fast-yaml-reader: false\n')).toBe(0);
    expect(await run('fast-yaml-reader: true\n')).toBeGreaterThan(0);
  });

  test('off with SHIPSHAPE_FAST_YAML_READER=false; a value that is not a boolean is refused by name', async () => {
    process.env.SHIPSHAPE_FAST_YAML_READER = 'false';
    expect(await run(undefined)).toBe(0);
    process.env.SHIPSHAPE_FAST_YAML_READER = 'off';
    await expect(run(undefined)).rejects.toThrow('input "SHIPSHAPE_FAST_YAML_READER" must be true or false, not "off"');
    delete process.env.SHIPSHAPE_FAST_YAML_READER;
  });
});
