import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultConfig } from '../../src/core/config.js';
import { UsageError } from '../../src/core/errors.js';
import type { Finding } from '../../src/core/finding.js';
import { applyBaseline, readBaseline, writeBaseline } from '../../src/runner/baseline.js';
import { runCheck } from '../../src/runner/check.js';
import { defineRule } from '../../src/core/rule.js';
import { testRegistry } from '../core/helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-run-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

const brief = (findings: Finding[]) => findings.map((f) => `${f.path}:${f.span.line}:${f.span.column} ${f.ruleId}`);
const run = (options: Partial<Parameters<typeof runCheck>[0]> = {}) =>
  runCheck({ root: dir, registry: testRegistry(), ...options });

describe('runCheck', () => {
  test('a malformed file gives a syntax finding, its other findings and the rest of the repository', async () => {
    write({
      'a/Dockerfile': 'FROM a:1\n',
      'b/Dockerfile': 'FROM b:1\nFROBNICATE\n',
      'c/api.Dockerfile': 'FROM c:1\n',
    });
    const result = await run();
    expect(brief(result.findings)).toEqual([
      'a/Dockerfile:1:1 docker/test-from',
      'b/Dockerfile:1:1 docker/test-from',
      'b/Dockerfile:2:1 docker/syntax',
      'c/api.Dockerfile:1:1 docker/test-from',
    ]);
    expect(result.checked).toEqual({ dockerfile: 3 });
    expect(result.notices).toEqual([]);
  });

  test('binary, oversized, unreadable and invalid UTF-8 files: skipped-file findings or notices, never a crash', async () => {
    write({
      Dockerfile: 'FROM a:1\n',
      'bin/Dockerfile': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]),
      'big/Dockerfile': `FROM a:1\n${'# padding\n'.repeat(20)}`,
      'latin1/Dockerfile': Buffer.from('FROM a:1\nLABEL author="Jos\xe9"\n', 'latin1'),
    });
    symlinkSync(join(dir, 'nowhere'), join(dir, 'Containerfile'));
    mkdirSync(join(dir, 'dir.Dockerfile'));
    const result = await run({ config: { ...defaultConfig(), maxFileSize: 100 } });
    // A file that could not be checked is a finding (it counts towards --fail-on); a dangling link is a notice.
    expect(brief(result.findings)).toEqual([
      'big/Dockerfile:1:1 shipshape/skipped-file',
      'bin/Dockerfile:1:1 shipshape/skipped-file',
      'Dockerfile:1:1 docker/test-from',
      'latin1/Dockerfile:1:1 docker/test-from',
    ]);
    expect(result.findings.slice(0, 2).map((finding) => finding.message)).toEqual([
      'Not checked: 209 bytes, larger than 100 bytes (max-file-size). Fix the file, raise max-file-size, or list it under `ignore` in the config.',
      'Not checked: binary file (it holds a NUL byte). Fix the file, raise max-file-size, or list it under `ignore` in the config.',
    ]);
    expect(result.notices).toEqual([
      { path: 'Containerfile', message: 'skipped: dangling symbolic link' },
      { path: 'latin1/Dockerfile', message: 'invalid UTF-8: undecodable bytes were read as U+FFFD' },
    ]);
    expect(result.checked).toEqual({ dockerfile: 2 });
  });

  test('max-file-size comes from .shipshape.yml', async () => {
    write({ Dockerfile: 'FROM a:1\n', '.shipshape.yml': 'max-file-size: 4\n' });
    expect(brief((await run()).findings)).toEqual(['Dockerfile:1:1 shipshape/skipped-file']);
  });

  test('BOM and CRLF: positions as in an LF file without BOM', async () => {
    write({ Dockerfile: '\uFEFF# base\r\nFROM a:1\r\n\r\nFROM b:2\r\n' });
    const result = await run();
    expect(result.findings.map((f) => f.span)).toEqual([
      { line: 2, column: 1, endLine: 2, endColumn: 9 },
      { line: 4, column: 1, endLine: 4, endColumn: 9 },
    ]);
  });

  test('a huge line is checked, not skipped', async () => {
    write({ Dockerfile: `FROM a:1\nRUN echo ${'x'.repeat(1_000_000)}\n` });
    const result = await run({ config: { ...defaultConfig(), preset: 'strict' } });
    expect(brief(result.findings)).toEqual(['Dockerfile:1:1 docker/test-from', 'Dockerfile:2:1 docker/test-run']);
    expect(result.findings[1]!.span.endColumn).toBe(1_000_010);
  });

  test('`ignore` from the config and explicit paths', async () => {
    write({ 'a/Dockerfile': 'FROM a:1\n', 'vendor/Dockerfile': 'FROM v:1\n', '.shipshape.yml': 'ignore: [vendor]\n' });
    expect(brief((await run()).findings)).toEqual(['a/Dockerfile:1:1 docker/test-from']);
    expect(brief((await run({ paths: ['vendor/Dockerfile'] })).findings)).toEqual([
      'vendor/Dockerfile:1:1 docker/test-from',
    ]);
  });

  test('YAML files whose domain is not checked yet are skipped silently', async () => {
    write({ 'deploy/app.yaml': 'apiVersion: v1\nkind: Service\n', 'x.yml': 'a: [\n' });
    const result = await run();
    expect(result.findings).toEqual([]);
    expect(result.notices).toEqual([]);
  });

  test('a YAML alias bomb is classified quickly without expanding it', async () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    lines.push('stages: [*i]');
    write({ 'ci/bomb.yml': `${lines.join('\n')}\n`, Dockerfile: 'FROM a:1\n' });
    const result = await run();
    expect(brief(result.findings)).toEqual(['Dockerfile:1:1 docker/test-from']);
  });

  test('config errors propagate as ConfigError (exit 2 in the CLI)', async () => {
    write({ '.shipshape.yml': 'rules:\n  docker/test-from: loud\n' });
    await expect(run()).rejects.toThrow(/\.shipshape\.yml:2: "rules\.docker\/test-from" must be one of/);
  });
});

describe('baseline', () => {
  test('write then read: only new findings are reported', async () => {
    write({ 'a/Dockerfile': 'FROM a:1\nFROM b:1\n' });
    const first = await run();
    writeBaseline(join(dir, 'baseline.json'), first.findings);
    expect(readBaseline(join(dir, 'baseline.json'))).toEqual({
      version: 1,
      findings: first.findings.map((f) => ({ ruleId: f.ruleId, path: f.path, fingerprint: f.fingerprint })),
    });
    expect((await run({ baselinePath: 'baseline.json' })).findings).toEqual([]);

    // Lines move and a new stage appears: only the new one is reported.
    write({ 'a/Dockerfile': '# moved\nFROM a:1\nFROM b:1\nFROM c:1\n', 'b/Dockerfile': 'FROM d:1\n' });
    expect(brief((await run({ baselinePath: 'baseline.json' })).findings)).toEqual([
      'a/Dockerfile:4:1 docker/test-from',
      'b/Dockerfile:1:1 docker/test-from',
    ]);
  });

  test('each baseline entry absorbs at most one finding', async () => {
    const finding = { fingerprint: 'f1' } as Finding;
    const other = { fingerprint: 'f2' } as Finding;
    const baseline = { version: 1 as const, findings: [{ ruleId: 'r', path: 'p', fingerprint: 'f1' }] };
    expect(applyBaseline([finding, finding, other], baseline)).toEqual([finding, other]);
  });

  test.each([
    ['not JSON', '{"version": 1,', /bad\.json is not a shipshape baseline \(not valid JSON\)$/],
    [
      'wrong version',
      '{"version": 2, "findings": []}',
      /bad\.json is not a shipshape baseline \(expected \{"version": 1, "findings": \[\.\.\.\]\}\)$/,
    ],
    ['no findings array', '{"version": 1, "findings": {}}', /bad\.json is not a shipshape baseline/],
    ['an array', '[]', /bad\.json is not a shipshape baseline/],
    ['null', 'null', /bad\.json is not a shipshape baseline/],
    [
      'bad entries',
      '{"version": 1, "findings": [{"ruleId": "x"}, 3]}',
      /bad\.json: findings\[0\]\.fingerprint must be a string/,
    ],
  ])('a malformed baseline (%s) is a UsageError', async (_name, text, message) => {
    write({ 'bad.json': text });
    expect(() => readBaseline(join(dir, 'bad.json'))).toThrow(UsageError);
    expect(() => readBaseline(join(dir, 'bad.json'))).toThrow(message);
  });

  test('a missing baseline is a UsageError naming it', async () => {
    expect(() => readBaseline(join(dir, 'none.json'))).toThrow(/^cannot read baseline .*none\.json: ENOENT/);
  });

  test('an unwritable baseline path is a UsageError', async () => {
    write({ file: 'x' });
    expect(() => writeBaseline(join(dir, 'file', 'baseline.json'), [])).toThrow(
      /^cannot write baseline .*file\/baseline\.json: /,
    );
  });
});

describe('cross-file reads', () => {
  const reader = defineRule({
    meta: {
      id: 'docker/test-reader',
      domain: 'dockerfile',
      description: 'Reports what it reads beside the Dockerfile (test rule).',
      category: 'style',
      defaultSeverity: 'note',
      recommended: true,
      messages: { read: '{{ignore}}|{{missing}}|{{exists}}|{{big}}' },
    },
    create: (context) => ({
      exit: () =>
        context.report({
          at: { span: context.file.lineSpan(1), path: 'file' },
          messageId: 'read',
          data: {
            ignore: JSON.stringify(context.readFile('svc/.dockerignore')),
            missing: String(context.readFile('svc/nope')),
            exists: String(context.fileExists('svc/.dockerignore')),
            big: String(context.readFile('big.txt')),
          },
        }),
    }),
  });

  test('rules read other files of the repository: BOM dropped, missing or oversized → undefined', async () => {
    write({ 'svc/Dockerfile': 'FROM a:1\n', 'svc/.dockerignore': '\uFEFF.git\n', 'big.txt': 'x'.repeat(200) });
    const result = await run({ registry: testRegistry([reader]), config: { ...defaultConfig(), maxFileSize: 100 } });
    expect(result.findings.find((f) => f.ruleId === 'docker/test-reader')!.message).toBe(
      '".git\\n"|undefined|true|undefined',
    );
  });
});
