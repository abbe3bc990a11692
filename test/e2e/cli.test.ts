import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMATS } from '../../src/formats/index.js';
import { defaultRegistry } from '../../src/rules/index.js';
import { VERSION } from '../../src/version.js';
import { sarifValidator } from '../formats/sarif-validator.js';

const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/cli/index.js');
const validateSarif = sarifValidator();

let base: string;
const repo = (name: string): string => join(base, name);
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
  const files: Record<string, string> = {
    'clean/Dockerfile': 'FROM node:20.11\n',
    'warn/Dockerfile': 'FROM node:latest\n',
    'err/Dockerfile': 'FROM node:20.11\nRUNN make\n',
    'mixed/Dockerfile': 'FROM node:latest\n',
    'mixed/api/Dockerfile': 'FROM node:20\nRUNN x\n',
    'mixed/bin/Dockerfile.blob': '\u0000\u0001',
    'strict/Dockerfile': 'FROM node:latest\n',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), content);
  }
  // Only docker/no-latest-tag, docker/syntax and the engine's own rules stay on (the bundle's own rule list), so
  // the expected findings stay exact however many rules the registry gains.
  const listed = spawnSync(process.execPath, [CLI, 'rules', '--format', 'json'], { encoding: 'utf8' });
  if (listed.status !== 0) {
    const why = listed.stderr.split('\n').find((line) => /Error|error:/.test(line)) ?? listed.stderr.split('\n')[0];
    throw new Error(
      `dist/cli/index.js does not run (\`rules --format json\` exited ${listed.status}: ${why}); rebuild it with \`npm run bundle\``,
    );
  }
  const ids = (JSON.parse(listed.stdout) as { id: string }[]).map((rule) => rule.id);
  const off = ids.filter(
    (id) => id !== 'docker/no-latest-tag' && id !== 'docker/syntax' && !id.startsWith('shipshape/'),
  );
  const config = `rules:\n${off.map((id) => `  ${id}: off`).join('\n') || '  {}'}\n`;
  for (const dir of ['.', 'clean', 'warn', 'err', 'mixed']) writeFileSync(join(base, dir, '.shipshape.yml'), config);
  writeFileSync(join(base, 'strict', '.shipshape.yml'), `${config}fail-on: warning\n`);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function cli(args: string[], cwd = base) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  const { status, stdout, stderr } = result;
  expect(`${stdout}${stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  return { status, stdout, stderr };
}

describe('CLI, bundled (node dist/cli/index.js)', () => {
  test('--version', () => {
    expect(cli(['--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test('exit 0 without findings, 1 with an error, 0 with only warnings (fail-on error)', () => {
    const clean = cli(['check'], repo('clean'));
    expect(clean).toEqual({
      status: 0,
      stdout: 'No findings (0 errors, 0 warnings, 0 notes) in 1 file checked.\n',
      stderr: '',
    });
    const err = cli(['check'], repo('err'));
    expect(err.status).toBe(1);
    expect(err.stdout).toMatch(
      /^Dockerfile:2:1: error: .+ \[docker\/syntax\]\n1 finding \(1 error, 0 warnings, 0 notes\) in 1 file checked\.\n$/,
    );
    const warn = cli(['check', 'warn']);
    expect(warn.status).toBe(0);
    expect(warn.stdout).toContain('warn/Dockerfile:1:1: warning: Base image "node:latest" uses the `latest` tag');
  });

  test('--fail-on moves the threshold', () => {
    expect(cli(['check', '--fail-on', 'warning', 'warn']).status).toBe(1);
    expect(cli(['check', '--fail-on', 'note', 'clean']).status).toBe(0);
    expect(cli(['check', '--fail-on', 'never', 'err']).status).toBe(0);
    expect(cli(['check', '--fail-on=error', 'err']).status).toBe(1);
  });

  test('an empty --fail-on (a pipeline input left empty) leaves the threshold to the config', () => {
    expect(cli(['check', '--fail-on', '', 'warn']).status).toBe(0);
    expect(cli(['check', '--fail-on', '', 'err']).status).toBe(1);
    // strict/.shipshape.yml says fail-on: warning.
    expect(cli(['check', '--fail-on', ''], repo('strict')).status).toBe(1);
    expect(cli(['check', '--fail-on', 'error'], repo('strict')).status).toBe(0);
  });

  test.each([
    [
      ['check', '--format', 'xml'],
      `shipshape: check: unknown format "xml" (one of: ${Object.keys(FORMATS).join(', ')})`,
    ],
    [
      ['check', '--fail-on', 'high'],
      'shipshape: check: --fail-on must be one of error, warning, note, never, not "high"',
    ],
    [['check', '--bogus'], "shipshape: check: Unknown option '--bogus' (see `shipshape check --help`)"],
    [['check', '--config', 'missing.yml'], 'shipshape: --config: "missing.yml" does not exist'],
    [['rules', '--nope'], "shipshape: rules: Unknown option '--nope' (see `shipshape rules --help`)"],
    [['explain'], 'shipshape: explain: name a rule id, e.g. `shipshape explain docker/no-latest-tag`'],
    [['explain', 'docker/no-such-rule'], /^shipshape: explain: unknown rule "docker\/no-such-rule"/],
  ])('usage error %j: exit 2, one line on stderr, nothing on stdout', (args, message) => {
    const run = cli(args as string[], repo('clean'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    if (typeof message === 'string') expect(run.stderr).toBe(`${message}\n`);
    else expect(run.stderr).toMatch(message);
  });

  test('unknown command: exit 2 and a one-line message first, no stack trace', () => {
    const run = cli(['deploy-everything']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('shipshape: unknown command "deploy-everything"');
  });

  test('no command: usage on stdout, exit 2; --help exit 0', () => {
    const none = cli([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('Usage: shipshape <command> [options]');
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['check', 'rules', 'explain'])
      expect(help.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
  });

  test('check --help lists every format', () => {
    const run = cli(['check', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`--format <name>          ${Object.keys(FORMATS).join(', ')} (default: text)`);
  });

  describe('--format', () => {
    const run = (format: string) => cli(['check', '--format', format], repo('mixed'));

    test('every registered format is tested here', () => {
      expect(Object.keys(FORMATS).sort()).toEqual([
        'annotations',
        'codequality',
        'json',
        'junit',
        'sarif',
        'summary',
        'text',
      ]);
    });

    test('text', () => {
      const { status, stdout, stderr } = run('text');
      expect(status).toBe(1);
      // A file that could not be checked is a finding, not a notice: it counts towards --fail-on.
      expect(stdout.split('\n')[0]).toBe(
        'bin/Dockerfile.blob:1:1: warning: Not checked: binary file (it holds a NUL byte). Fix the file, raise max-file-size, or list it under `ignore` in the config. [shipshape/skipped-file]',
      );
      expect(stdout.split('\n')[1]).toMatch(/^Dockerfile:1:1: warning: .* \[docker\/no-latest-tag\]$/);
      expect(stdout).toContain('api/Dockerfile:2:1: error: ');
      expect(stderr).toBe('');
    });

    test('json', () => {
      const { status, stdout, stderr } = run('json');
      expect(status).toBe(1);
      const report = JSON.parse(stdout);
      expect(report.tool).toEqual({ name: 'shipshape', version: VERSION });
      expect(report.findings.map((f: any) => `${f.ruleId} ${f.path}:${f.line}`)).toEqual([
        'shipshape/skipped-file bin/Dockerfile.blob:1',
        'docker/no-latest-tag Dockerfile:1',
        'docker/syntax api/Dockerfile:2',
      ]);
      expect(report.notices).toEqual([]);
      expect(stderr).toBe('');
    });

    test('sarif (schema-valid)', () => {
      const { status, stdout } = run('sarif');
      expect(status).toBe(1);
      const log = JSON.parse(stdout);
      expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
      expect(log.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual([
        'docker/no-latest-tag',
        'docker/syntax',
        'shipshape/skipped-file',
      ]);
      expect(log.runs[0].results.map((r: any) => r.ruleIndex)).toEqual([2, 0, 1]);
      expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('bin/Dockerfile.blob');
    });

    test('codequality', () => {
      const issues = JSON.parse(run('codequality').stdout);
      expect(issues.map((i: any) => [i.check_name, i.severity, i.location])).toEqual([
        ['shipshape/skipped-file', 'minor', { path: 'bin/Dockerfile.blob', lines: { begin: 1, end: 1 } }],
        ['docker/no-latest-tag', 'minor', { path: 'Dockerfile', lines: { begin: 1, end: 1 } }],
        ['docker/syntax', 'major', { path: 'api/Dockerfile', lines: { begin: 2, end: 2 } }],
      ]);
    });

    test('junit', () => {
      const { stdout } = run('junit');
      expect(stdout.split('\n').slice(0, 3)).toEqual([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="shipshape" tests="3" failures="3" errors="0" skipped="0" time="0">',
        '  <testsuite name="docker/no-latest-tag" tests="1" failures="1" errors="0" skipped="0" time="0">',
      ]);
    });

    test('annotations', () => {
      const lines = run('annotations').stdout.trimEnd().split('\n');
      expect(lines.map((line) => line.slice(0, line.indexOf('::', 2)))).toEqual([
        '::warning file=bin/Dockerfile.blob,line=1,endLine=1,col=1,endColumn=1,title=shipshape/skipped-file',
        '::warning file=Dockerfile,line=1,endLine=1,col=1,endColumn=17,title=docker/no-latest-tag',
        expect.stringMatching(
          /^::error file=api\/Dockerfile,line=2,endLine=2,col=1,endColumn=\d+,title=docker\/syntax$/,
        ),
      ]);
    });

    test('summary', () => {
      const { stdout } = run('summary');
      expect(stdout.split('\n').slice(0, 3)).toEqual([
        '## shipshape check',
        '',
        '🔴 **1 error** · 🟡 **2 warnings** · 🔵 **0 notes** — 3 findings in 2 files checked.',
      ]);
    });
  });

  test('--output writes the report to a file (creating folders) and nothing to stdout', () => {
    const target = join(repo('mixed'), 'reports/deep/out.sarif');
    const run = cli(['check', '--format', 'sarif', '--output', target], repo('mixed'));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(validateSarif(JSON.parse(readFileSync(target, 'utf8')))).toBe(true);
    const text = cli(['check', '--output', 'report.txt'], repo('warn'));
    expect(text.stdout).toBe('');
    expect(readFileSync(join(repo('warn'), 'report.txt'), 'utf8')).toMatch(/^Dockerfile:1:1: warning: /);
  });

  test('rules --format json lists every registered rule with its metadata', () => {
    const run = cli(['rules', '--format', 'json']);
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout);
    expect(rules.map((rule: any) => rule.id)).toEqual(defaultRegistry().rules.map((rule) => rule.meta.id));
    expect(rules.find((rule: any) => rule.id === 'docker/no-latest-tag')).toMatchObject({
      domain: 'dockerfile',
      defaultSeverity: 'warning',
      recommended: true,
      equivalents: { hadolint: ['DL3006', 'DL3007'] },
      docsUrl: 'https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/dockerfile/no-latest-tag.md',
    });
  });

  test('explain prints what a rule checks and where its docs live', () => {
    const run = cli(['explain', 'docker/no-latest-tag']);
    expect(run.status).toBe(0);
    const rule = defaultRegistry().byId.get('docker/no-latest-tag')!;
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`docker/no-latest-tag — ${rule.meta.description}`);
    expect(lines).toContain('  hadolint: DL3006, DL3007');
    expect(lines.at(-1)).toBe(
      'docs: https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/dockerfile/no-latest-tag.md',
    );
  });
});
