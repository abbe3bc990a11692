import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultConfig } from '../../../src/core/config.js';
import { runCheck } from '../../../src/runner/check.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-skipped-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

const message = (reason: string) =>
  `Not checked: ${reason}. Fix the file, raise max-file-size, or list it under \`ignore\` in the config.`;
const WORKFLOW =
  'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    timeout-minutes: 5\n    steps:\n      - run: echo hi\n';

async function check(maxFileSize = 1000, configure?: (config: ReturnType<typeof defaultConfig>) => void) {
  const config = defaultConfig();
  config.maxFileSize = maxFileSize;
  configure?.(config);
  const result = await runCheck({ root: dir, config });
  return {
    skipped: result.findings
      .filter((f) => f.ruleId === 'shipshape/skipped-file')
      .map((f) => [f.path, f.span.line, f.severity, f.message]),
    notices: result.notices,
  };
}

describe('shipshape/skipped-file (reported by the file reader)', () => {
  test.each([
    [
      'a workflow over max-file-size',
      '.github/workflows/big.yml',
      `${WORKFLOW}# ${'x'.repeat(1200)}\n`,
      '1304 bytes, larger than 1000 bytes (max-file-size)',
    ],
    [
      'a workflow with one NUL byte at the end',
      '.github/workflows/nul.yml',
      `${WORKFLOW}\0`,
      'binary file (it holds a NUL byte)',
    ],
    [
      'a Dockerfile with a NUL byte past the first 8 KB',
      'Dockerfile',
      `FROM alpine:3.19\n${'#\n'.repeat(900)}\0`,
      'binary file (it holds a NUL byte)',
    ],
    [
      'a GitLab CI file over max-file-size',
      '.gitlab-ci.yml',
      `job:\n  script: [${'"x", '.repeat(300)}"x"]\n`,
      '1521 bytes, larger than 1000 bytes (max-file-size)',
    ],
    [
      'a YAML file whose kind its content would decide, binary',
      'ci/any.yml',
      Buffer.from([0x61, 0x3a, 0x00, 0x0a]),
      'binary file (it holds a NUL byte)',
    ],
  ])('%s is a warning on line 1', async (_name, path, content, reason) => {
    write({ [path]: content });
    expect(await check(path === 'Dockerfile' ? 5000 : 1000)).toEqual({
      skipped: [[path, 1, 'warning', message(reason)]],
      notices: [],
    });
  });

  test('files of no checked kind are never reported, whatever their content', async () => {
    write({ 'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]), 'notes.txt': 'x'.repeat(5000) });
    expect(await check()).toEqual({ skipped: [], notices: [] });
  });

  test('a file within the limit that holds text is checked, not reported', async () => {
    write({ '.github/workflows/ci.yml': WORKFLOW });
    expect((await check()).skipped).toEqual([]);
  });

  test('turned off in the config, or the file ignored: nothing reported', async () => {
    write({ '.github/workflows/nul.yml': 'on: push\0' });
    expect(
      (await check(1000, (config) => (config.rules['shipshape/skipped-file'] = { severity: 'off' }))).skipped,
    ).toEqual([]);
    expect((await check(1000, (config) => (config.ignore = ['.github/workflows/nul.yml']))).skipped).toEqual([]);
  });

  test('a severity remap applies (error fails the default threshold)', async () => {
    write({ '.github/workflows/nul.yml': 'on: push\0' });
    expect(
      (await check(1000, (config) => (config.rules['shipshape/skipped-file'] = { severity: 'error' }))).skipped,
    ).toEqual([['.github/workflows/nul.yml', 1, 'error', message('binary file (it holds a NUL byte)')]]);
  });
});
