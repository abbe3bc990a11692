import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECK_INPUTS, parseInputs, splitList, type CheckInputName } from '../../src/actions/check/inputs.js';
import { defaultRegistry } from '../../src/rules/index.js';
import { sarifValidator } from '../formats/sarif-validator.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A temporary workspace with the given files (path → content). */
function makeWorkspace(files: Record<string, string>): string {
  const base = mkdtempSync(join(tmpdir(), 'shipshape-action-'));
  const workspace = join(base, 'workspace');
  mkdirSync(workspace);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), content);
  }
  return workspace;
}

/** Reads a GITHUB_OUTPUT / GITHUB_ENV file as the runner does: `name=value` lines and `name<<DELIM` heredocs. */
function parseFileCommands(text: string): [string, string][] {
  const entries: [string, string][] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j] !== heredoc[2]) value.push(lines[j++]!);
      if (j >= lines.length) throw new Error(`unterminated heredoc ${heredoc[2]}`);
      entries.push([heredoc[1]!, value.join('\n')]);
      i = j;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed file command line ${JSON.stringify(line)}`);
    entries.push([line.slice(0, eq), line.slice(eq + 1)]);
  }
  return entries;
}

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: [string, string][];
  summary: string;
  env: string;
  state: string;
  runnerTemp: string;
}

/** Runs the bundled action like the runner does: INPUT_* variables and file-command files, cwd = workspace. */
function runAction(entry: string, workspace: string, inputs: Record<string, string>): ActionRun {
  const runnerTemp = mkdtempSync(join(dirname(workspace), 'runner-temp-'));
  const files = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' };
  const fileEnv: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) {
    fileEnv[name] = join(runnerTemp, `_file_${file}`);
    writeFileSync(fileEnv[name]!, '');
  }
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]),
  );
  const result = spawnSync(process.execPath, [join(REPO_ROOT, entry)], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: runnerTemp,
      ...fileEnv,
      ...inputEnv,
    },
  });
  const read = (name: string): string => readFileSync(fileEnv[name]!, 'utf8');
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseFileCommands(read('GITHUB_OUTPUT')),
    summary: read('GITHUB_STEP_SUMMARY'),
    env: read('GITHUB_ENV'),
    state: read('GITHUB_STATE'),
    runnerTemp,
  };
}

/**
 * The stdout lines the runner would treat as workflow commands: lines starting with `::`, except those between
 * `::stop-commands::TOKEN` and `::TOKEN::`.
 */
function activeCommands(stdout: string): string[] {
  const active: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopToken = stop[1]!;
      continue;
    }
    if (line.startsWith('::')) active.push(line);
  }
  return active;
}

const ENTRY = 'dist/check/index.js';
const validateSarif = sarifValidator();

/**
 * A `.shipshape.yml` that leaves only docker/no-latest-tag, docker/syntax and the engine's own rules on, so the
 * expected findings stay exact however many rules the registry gains. It names only rules the bundle contains, so
 * a rule added to the sources but not yet bundled does not turn every run into a config error (the staleness
 * itself is test/e2e/dist.test.ts's to report).
 */
const KEEP = new Set(['docker/no-latest-tag', 'docker/syntax']);
// Rule packs are loaded lazily, so the bundle is the entry and its chunks (dist/check/*.js).
const bundleFolder = join(REPO_ROOT, dirname(ENTRY));
const bundleText = existsSync(bundleFolder)
  ? readdirSync(bundleFolder)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(bundleFolder, name), 'utf8'))
      .join('\n')
  : '';
function onlyConfig(overrides: Record<string, string> = {}, head = ''): string {
  const lines = defaultRegistry()
    .rules.map((rule) => rule.meta.id)
    .filter((id) => bundleText.includes(`id: '${id}'`))
    .filter((id) => !KEEP.has(id) && !id.startsWith('shipshape/') && !(id in overrides))
    .map((id) => `  ${id}: off`);
  for (const [id, value] of Object.entries(overrides)) lines.push(`  ${id}: ${value}`);
  return `${head}rules:\n${lines.join('\n') || '  {}'}\n`;
}

const workspaces: string[] = [];
function workspace(files: Record<string, string>): string {
  const dir = makeWorkspace({ '.shipshape.yml': onlyConfig(), ...files });
  workspaces.push(dirname(dir));
  return dir;
}
afterAll(() => {
  for (const dir of workspaces) rmSync(dir, { recursive: true, force: true });
});

const output = (run: ActionRun): Record<string, string> => Object.fromEntries(run.outputs);
const noStackTrace = (run: ActionRun): void => {
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
};

const FINDINGS_REPO = {
  'svc/Dockerfile': 'FROM node:latest\nFROM ubuntu\n',
  'broken/Dockerfile': 'FROM node:20\nRUNN make\n',
  'clean/Dockerfile': 'FROM node:20.11\n',
};

describe('root action, bundled (node dist/check/index.js)', () => {
  test('the bundle and action.yml exist and point at each other', () => {
    expect(existsSync(join(REPO_ROOT, ENTRY))).toBe(true);
    expect(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')).toMatch(
      /^ {2}using: node24\n {2}main: dist\/check\/index\.js$/m,
    );
  });

  test('findings: annotations, job summary, SARIF, outputs, exit 1', () => {
    const ws = workspace(FINDINGS_REPO);
    const run = runAction(ENTRY, ws, { paths: '.' });
    expect(run.status).toBe(1);
    const sarifFile = join(run.runnerTemp, 'shipshape.sarif');
    expect(run.outputs).toEqual([
      ['errors', '1'],
      ['warnings', '2'],
      ['notes', '0'],
      ['total', '3'],
      ['sarif-file', sarifFile],
    ]);
    const commands = activeCommands(run.stdout);
    expect(commands.filter((line) => /^::(error|warning|notice) file=/.test(line))).toEqual([
      expect.stringMatching(/^::error file=broken\/Dockerfile,line=2,.*title=docker\/syntax/),
      expect.stringMatching(
        /^::warning file=svc\/Dockerfile,line=1,endLine=1,col=1,endColumn=17,title=docker\/no-latest-tag/,
      ),
      expect.stringMatching(/^::warning file=svc\/Dockerfile,line=2,endLine=2,col=1,.*title=docker\/no-latest-tag/),
    ]);
    expect(commands.at(-1)).toBe('::error::shipshape: 3 findings (1 error, 2 warnings, 0 notes); fail-on is "error".');
    expect(run.stdout).toContain('svc/Dockerfile:1:1: warning: Base image "node:latest" uses the `latest` tag');

    expect(run.summary).toContain('## shipshape check');
    expect(run.summary).toContain(
      '🔴 **1 error** · 🟡 **2 warnings** · 🔵 **0 notes** — 3 findings in 3 files checked.',
    );
    expect(run.summary).toContain(
      '| [docker/no-latest-tag](https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/dockerfile/no-latest-tag.md) | warning | 2 |',
    );
    expect(run.summary).toContain(
      '| [docker/syntax](https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/dockerfile/syntax.md) | error | 1 |',
    );

    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
    expect(validateSarif(sarif) ? [] : validateSarif.errors).toEqual([]);
    expect(
      sarif.runs[0].results.map(
        (r: any) =>
          `${r.ruleId}@${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}`,
      ),
    ).toEqual([
      'docker/syntax@broken/Dockerfile:2',
      'docker/no-latest-tag@svc/Dockerfile:1',
      'docker/no-latest-tag@svc/Dockerfile:2',
    ]);
    expect(run.env).toBe('');
    expect(run.state).toBe('');
    noStackTrace(run);
  });

  test('clean repository: zero outputs, a passing summary, exit 0', () => {
    const ws = workspace({ Dockerfile: 'FROM node:20.11\n', 'README.md': '# x\n' });
    const run = runAction(ENTRY, ws, { paths: '.' });
    expect(run.status).toBe(0);
    expect(output(run)).toEqual({
      errors: '0',
      warnings: '0',
      notes: '0',
      total: '0',
      'sarif-file': join(run.runnerTemp, 'shipshape.sarif'),
    });
    expect(run.summary).toBe('## shipshape check\n\n✅ No findings in 1 file checked.\n');
    expect(activeCommands(run.stdout)).toEqual(['::group::shipshape report', '::endgroup::']);
    const sarif = JSON.parse(readFileSync(join(run.runnerTemp, 'shipshape.sarif'), 'utf8'));
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0].results).toEqual([]);
  });

  test('fail-on decides the exit code: warnings pass by default, fail with warning; never passes errors', () => {
    const ws = workspace({ Dockerfile: 'FROM node:latest\n', 'bad/Dockerfile': 'RUNN x\n' });
    expect(runAction(ENTRY, ws, { paths: 'Dockerfile' }).status).toBe(0);
    const warning = runAction(ENTRY, ws, { paths: 'Dockerfile', 'fail-on': 'warning' });
    expect(warning.status).toBe(1);
    expect(activeCommands(warning.stdout).at(-1)).toBe(
      '::error::shipshape: 1 finding (0 errors, 1 warning, 0 notes); fail-on is "warning".',
    );
    const never = runAction(ENTRY, ws, { paths: '.', 'fail-on': 'never' });
    expect(never.status).toBe(0);
    expect(output(never).errors).toBe('1');
  });

  test('the config file’s fail-on applies when the input is empty', () => {
    const ws = workspace({ Dockerfile: 'FROM node:latest\n', 'ci/strict.yml': onlyConfig({}, 'fail-on: warning\n') });
    expect(runAction(ENTRY, ws, { paths: '.', config: 'ci/strict.yml' }).status).toBe(1);
    expect(runAction(ENTRY, ws, { paths: '.', config: 'ci/strict.yml', 'fail-on': 'error' }).status).toBe(0);
  });

  test('working-directory: config found there, paths in reports relative to the workspace, comma and line lists', () => {
    const ws = workspace({
      'services/api/Dockerfile': 'FROM node:latest\n',
      'services/api/worker/Dockerfile': 'FROM ubuntu\n',
      'services/api/.shipshape.yml': onlyConfig({ 'docker/no-latest-tag': 'error' }),
      Dockerfile: 'FROM node:latest\n',
    });
    const run = runAction(ENTRY, ws, {
      'working-directory': 'services/api',
      paths: 'Dockerfile, worker\n',
      'sarif-file': 'reports/out.sarif',
    });
    expect(run.status).toBe(1);
    expect(output(run)).toMatchObject({
      errors: '2',
      warnings: '0',
      total: '2',
      'sarif-file': join(ws, 'services/api/reports/out.sarif'),
    });
    const sarif = JSON.parse(readFileSync(join(ws, 'services/api/reports/out.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      'services/api/Dockerfile',
      'services/api/worker/Dockerfile',
    ]);
    expect(activeCommands(run.stdout).filter((line) => line.startsWith('::error file='))).toEqual([
      expect.stringMatching(/^::error file=services\/api\/Dockerfile,line=1,/),
      expect.stringMatching(/^::error file=services\/api\/worker\/Dockerfile,line=1,/),
    ]);
  });

  test('format prints that report to the log; baseline hides recorded findings', () => {
    const ws = workspace({ Dockerfile: 'FROM node:latest\nFROM ubuntu\n' });
    const json = runAction(ENTRY, ws, { format: 'json' });
    const log = json.stdout.slice(json.stdout.indexOf('{'), json.stdout.lastIndexOf('}') + 1);
    const report = JSON.parse(log);
    expect(report.findings.map((f: any) => f.line)).toEqual([1, 2]);
    const annotationsOnly = runAction(ENTRY, ws, { format: 'annotations' });
    expect(activeCommands(annotationsOnly.stdout).map((line) => line.slice(0, line.indexOf(',')))).toEqual([
      '::warning file=Dockerfile',
      '::warning file=Dockerfile',
    ]);
    writeFileSync(
      join(ws, 'baseline.json'),
      JSON.stringify({
        version: 1,
        findings: report.findings
          .slice(0, 1)
          .map((f: any) => ({ ruleId: f.ruleId, path: f.path, fingerprint: f.fingerprint })),
      }),
    );
    const baselined = runAction(ENTRY, ws, { baseline: 'baseline.json' });
    expect(output(baselined)).toMatchObject({ warnings: '1', total: '1' });
    expect(activeCommands(baselined.stdout).filter((line) => line.startsWith('::warning'))).toEqual([
      expect.stringMatching(/^::warning file=Dockerfile,line=2,/),
    ]);
  });

  test.each([
    [{ 'fail-on': 'errors' }, 'input "fail-on": must be one of error, warning, note, never, not "errors"'],
    [
      { format: 'html' },
      'input "format": must be one of text, json, sarif, codequality, junit, annotations, summary, not "html"',
    ],
    [{ paths: 'nope' }, 'input "paths": "nope" does not exist'],
    [{ paths: '../outside' }, /^input "paths": "\.\.\/outside" is outside the workspace .+\/workspace$/],
    [{ config: 'missing.yml' }, 'input "config": "missing.yml" does not exist'],
    [{ 'working-directory': '../..' }, /^input "working-directory": "\.\.\/\.\." is outside the workspace /],
    [{ 'sarif-file': 'a.sarif\nerrors=0' }, 'input "sarif-file": "a.sarif?errors=0" contains a line break or NUL'],
  ])('bad input %j: one clear error, no outputs, exit 1', (inputs, message) => {
    const ws = workspace({ Dockerfile: 'FROM node:latest\n' });
    const run = runAction(ENTRY, ws, inputs as Record<string, string>);
    expect(run.status).toBe(1);
    const errors = activeCommands(run.stdout).filter((line) => line.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    const text = errors[0]!
      .slice('::error::shipshape: '.length)
      .replace(/%0A/g, '\n')
      .replace(/%0D/g, '\r')
      .replace(/%25/g, '%');
    if (typeof message === 'string') expect(text).toBe(message);
    else expect(text).toMatch(message);
    expect(run.outputs).toEqual([]);
    expect(run.summary).toBe('');
    noStackTrace(run);
  });

  test('hostile inputs and file names neither execute nor forge outputs', () => {
    const names = [
      '$(touch pwned)',
      '`touch pwned2`',
      'x::set-output name=errors::0',
      'errors<<EOF',
      'EOF',
      'evil\n::warning::forged\nerrors=9',
    ];
    const files: Record<string, string> = {};
    for (const name of names) files[`${name}/Dockerfile`] = 'FROM node:latest\n';
    const ws = workspace(files);
    const delimiterAttempt =
      'errors<<EOF\nEOF\n::set-output name=total::0\nghadelimiter_00000000-0000-0000-0000-000000000000';
    mkdirSync(join(ws, '::set-output name=total::0'));
    mkdirSync(join(ws, 'ghadelimiter_00000000-0000-0000-0000-000000000000'));
    const run = runAction(ENTRY, ws, {
      paths: `$(touch pwned)\n\`touch pwned2\`\nx::set-output name=errors::0\n${delimiterAttempt}\n.`,
    });
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual([
      ['errors', '0'],
      ['warnings', '6'],
      ['notes', '0'],
      ['total', '6'],
      ['sarif-file', join(run.runnerTemp, 'shipshape.sarif')],
    ]);
    for (const dir of [ws, dirname(ws), run.runnerTemp, REPO_ROOT]) {
      expect(readdirSync(dir).filter((name) => name.startsWith('pwned'))).toEqual([]);
    }
    const commands = activeCommands(run.stdout);
    expect(commands.filter((line) => !/^::(warning file=|group::shipshape report$|endgroup::$)/.test(line))).toEqual(
      [],
    );
    expect(commands.filter((line) => line.startsWith('::warning'))).toHaveLength(6);
    expect(commands).toContain(
      '::warning file=evil%0A%3A%3Awarning%3A%3Aforged%0Aerrors=9/Dockerfile,line=1,endLine=1,col=1,endColumn=17,title=docker/no-latest-tag::Base image "node:latest" uses the `latest` tag: pin a version (e.g. `node:1.2`) or a digest.%0Ahttps://github.com/shipshape-ci/shipshape/blob/main/docs/rules/dockerfile/no-latest-tag.md',
    );
    expect(
      commands.some((line) => line.startsWith('::warning file=x%3A%3Aset-output name=errors%3A%3A0/Dockerfile,')),
    ).toBe(true);
    expect(commands.some((line) => line.startsWith('::warning file=$(touch pwned)/Dockerfile,'))).toBe(true);
    expect(run.summary).toContain('| 🟡 warning | $\\(touch pwned\\)/Dockerfile:1:1 |');
    expect(run.summary).toContain('| 🟡 warning | evil ::warning::forged errors=9/Dockerfile:1:1 |');
    const sarif = JSON.parse(readFileSync(join(run.runnerTemp, 'shipshape.sarif'), 'utf8'));
    expect(validateSarif(sarif) ? [] : validateSarif.errors).toEqual([]);
    expect(sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri)).toContain(
      'evil%0A%3A%3Awarning%3A%3Aforged%0Aerrors%3D9/Dockerfile',
    );
    expect(run.env).toBe('');
  });

  test('inputs that are not paths are never run by a shell', () => {
    const ws = workspace({ Dockerfile: 'FROM node:20.11\n' });
    const run = runAction(ENTRY, ws, {
      format: '$(touch pwned)',
      'fail-on': '`touch pwned2`',
      config: '; touch pwned3',
    });
    expect(run.status).toBe(1);
    expect(readdirSync(ws).filter((name) => name.startsWith('pwned'))).toEqual([]);
    expect(activeCommands(run.stdout)).toEqual([
      '::error::shipshape: input "fail-on": must be one of error, warning, note, never, not "`touch pwned2`"',
    ]);
  });
});

describe('check action inputs (parseInputs)', () => {
  const ws = (): string => workspace({ 'a/Dockerfile': 'FROM x:1\n', 'b/c.yml': '', 'cfg.yml': '' });
  const reader = (inputs: Partial<Record<CheckInputName, string>>) => (name: CheckInputName) => inputs[name] ?? '';

  test('defaults', () => {
    const root = ws();
    expect(parseInputs(reader({}), { GITHUB_WORKSPACE: root, RUNNER_TEMP: '/runner/tmp' })).toEqual({
      workspace: root,
      root,
      paths: ['.'],
      format: 'text',
      sarifFile: '/runner/tmp/shipshape.sarif',
    });
  });

  test('every input parsed into one context', () => {
    const root = ws();
    expect(
      parseInputs(
        reader({
          paths: ' a/Dockerfile ,\n\nb/c.yml\n',
          config: 'cfg.yml',
          'fail-on': 'note',
          format: 'sarif',
          'sarif-file': 'out/x.sarif',
          baseline: 'cfg.yml',
          'working-directory': '.',
        }),
        { GITHUB_WORKSPACE: root },
      ),
    ).toEqual({
      workspace: root,
      root,
      paths: ['a/Dockerfile', 'b/c.yml'],
      configPath: join(root, 'cfg.yml'),
      failOn: 'note',
      format: 'sarif',
      sarifFile: join(root, 'out/x.sarif'),
      baselinePath: join(root, 'cfg.yml'),
    });
  });

  test('working-directory changes the root that paths and files are relative to', () => {
    const root = ws();
    const context = parseInputs(reader({ 'working-directory': 'b', paths: 'c.yml', 'sarif-file': 'r.sarif' }), {
      GITHUB_WORKSPACE: root,
    });
    expect(context).toMatchObject({
      workspace: root,
      root: join(root, 'b'),
      paths: ['c.yml'],
      sarifFile: join(root, 'b/r.sarif'),
    });
  });

  test('lists split on lines and commas', () => {
    expect(splitList('a, b\nc\r\n\n , d,')).toEqual(['a', 'b', 'c', 'd']);
  });

  test('every declared input is read', () => {
    const seen = new Set<string>();
    parseInputs(
      (name) => {
        seen.add(name);
        return '';
      },
      { GITHUB_WORKSPACE: ws() },
    );
    expect([...seen].sort()).toEqual(Object.keys(CHECK_INPUTS).sort());
  });
});
