import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sarifValidator } from '../formats/sarif-validator.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bundle = join(repo, 'dist/security/index.js');
const fixtures = join(repo, 'test/fixtures/scanner-outputs');
const timings: Record<string, number> = {};
let base: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'shipshape-security-action-'));
});
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  process.stdout.write(`security action timings (ms): ${JSON.stringify(timings)}\n`);
});

/** The GITHUB_OUTPUT heredoc format read back strictly: every line must belong to a name<<delimiter block. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const match = /^([A-Za-z_][A-Za-z0-9_-]*)<<(ghadelimiter_[0-9a-f-]{36})$/.exec(lines[i]!);
    if (!match) throw new Error(`unexpected line in GITHUB_OUTPUT: ${JSON.stringify(lines[i])}`);
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    if (lines[i] !== match[2]) throw new Error(`unterminated output ${match[1]}`);
    if (match[1]! in out) throw new Error(`output ${match[1]} set twice`);
    out[match[1]!] = value.join('\n');
  }
  return out;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
}

/** A fresh workspace with the given files, the bundled action run with real INPUT_* variables and runner files. */
function runAction(name: string, inputs: Record<string, string>, files: Record<string, string> = {}): Run {
  const workspace = join(base, name);
  const runnerTemp = join(base, `${name}-temp`);
  mkdirSync(join(workspace, 'reports'), { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  writeFileSync(join(workspace, 'README.md'), '# service\n');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(workspace, path, '..'), { recursive: true });
    if (content.startsWith('fixture:'))
      copyFileSync(join(fixtures, content.slice('fixture:'.length)), join(workspace, path));
    else writeFileSync(join(workspace, path), content);
  }
  const githubOutput = join(runnerTemp, 'output');
  const summary = join(runnerTemp, 'summary.md');
  writeFileSync(githubOutput, '');
  writeFileSync(summary, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: githubOutput,
    GITHUB_STEP_SUMMARY: summary,
  };
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.toUpperCase()}`] = value;
  const start = performance.now();
  const result = spawnSync(process.execPath, [bundle], { cwd: workspace, env, encoding: 'utf8', timeout: 30_000 });
  timings[name] = Math.round(performance.now() - start);
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: readOutputs(githubOutput),
    summary: readFileSync(summary, 'utf8'),
    workspace,
  };
}

const REPORT_FILES = {
  'reports/trivy.json': 'fixture:trivy/trivy-image-alpine-39-critical.json',
  'reports/npm-audit.json': 'fixture:npm-audit/npm-audit-v2-high-transitive.json',
};

test('blocks on real reports: exact counts as outputs, SARIF valid, summary written, step fails', () => {
  const run = runAction(
    'blocked',
    {
      'severity-threshold': 'high',
      reports: 'trivy:reports/trivy.json\nnpm-audit:reports/npm-audit.json',
      'sarif-file': 'out/security.sarif',
    },
    REPORT_FILES,
  );
  expect(run.status).toBe(1);
  expect(run.outputs).toEqual({
    blocked: 'true',
    total: '11',
    blocking: '6',
    critical: '2',
    high: '4',
    medium: '5',
    low: '0',
    unknown: '0',
    allowed: '0',
    'sarif-file': join(run.workspace, 'out/security.sarif'),
    'sbom-file': '',
    // No image input: nothing scanned or released, and the outputs say so.
    'image-scanned': 'false',
    released: 'false',
    'released-refs': '',
  });
  expect(run.stdout).toContain(
    '::error::shipshape: security gate blocked by 6 findings at or above high (critical 2, high 4, medium 5, low 0, unknown 0).',
  );
  expect(run.summary.startsWith('## Security gate: blocked\n')).toBe(true);
  const sarif = JSON.parse(readFileSync(join(run.workspace, 'out/security.sarif'), 'utf8'));
  expect(sarifValidator()(sarif)).toBe(true);
  expect(sarif.runs[0].results.length).toBe(11);
});

test('passes with an unexpired allow-list entry at threshold critical, and writes the SBOM', () => {
  const lock = JSON.stringify({
    name: 'svc',
    version: '1.0.0',
    lockfileVersion: 3,
    packages: { '': { name: 'svc', version: '1.0.0' }, 'node_modules/qs': { version: '6.11.0' } },
  });
  const run = runAction(
    'passed',
    {
      'severity-threshold': 'critical',
      reports: 'reports/trivy.json, reports/npm-audit.json',
      'allow-list': 'security.yml',
      'sbom-file': 'sbom.cdx.json',
    },
    {
      ...REPORT_FILES,
      'package-lock.json': lock,
      'security.yml':
        'allow:\n  - id: CVE-2019-14697\n    reason: musl is not in the runtime image\n    expires: 2999-12-31\n',
    },
  );
  expect(run.status).toBe(0);
  expect([run.outputs.blocked, run.outputs.total, run.outputs.critical, run.outputs.allowed]).toEqual([
    'false',
    '9',
    '0',
    '2',
  ]);
  expect(run.outputs['sbom-file']).toBe(join(run.workspace, 'sbom.cdx.json'));
  expect(
    JSON.parse(readFileSync(run.outputs['sbom-file']!, 'utf8')).components.map((c: { purl: string }) => c.purl),
  ).toEqual(['pkg:npm/qs@6.11.0']);
  expect(run.stdout).not.toContain('::error::');
  expect(run.summary.startsWith('## Security gate: passed\n')).toBe(true);
});

test('an expired allow-list entry blocks again and the log says so', () => {
  const run = runAction(
    'expired',
    { 'severity-threshold': 'critical', reports: 'trivy:reports/trivy.json', 'allow-list': 'security.yml' },
    {
      'reports/trivy.json': REPORT_FILES['reports/trivy.json'],
      'security.yml':
        'allow:\n  - id: CVE-2019-14697\n    reason: musl is not in the runtime image\n    expires: 2001-01-01\n',
    },
  );
  expect(run.status).toBe(1);
  expect(run.outputs.blocked).toBe('true');
  expect(run.stdout).toContain(
    'Allow-list entry CVE-2019-14697 expired on 2001-01-01 and no longer allows anything (2 findings gated again); reason was: musl is not in the runtime image',
  );
});

test('hostile inputs and report contents neither execute nor forge outputs or workflow commands', () => {
  const forged = 'false\nghadelimiter_00000000-0000-0000-0000-000000000000\nblocked<<EOF\nfalse\nEOF';
  const hostileSarif = {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'evil`touch tick`',
            rules: [{ id: '$(touch rule)', properties: { 'security-severity': '9.9' } }],
          },
        },
        results: [
          {
            ruleId: '$(touch rule)',
            message: {
              text: `pwn $(touch msg) \`touch tick\`\n::set-output name=blocked::false\n::error::forged\n${forged}`,
            },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'src/$(touch loc).js' }, region: { startLine: 1 } } },
            ],
          },
        ],
      },
    ],
  };
  const run = runAction(
    'hostile',
    {
      reports: 'sarif:reports/$(touch report).sarif',
      'sarif-file': 'out/$(touch sarif)`touch b`.sarif',
      'severity-threshold': 'high',
      check: 'false',
      'secrets-scan': 'false',
    },
    { 'reports/$(touch report).sarif': JSON.stringify(hostileSarif) },
  );
  expect(run.status).toBe(1);
  // Nothing ran: no file named by any of the commands exists, only the literal paths.
  for (const name of ['tick', 'rule', 'msg', 'loc', 'report', 'sarif', 'b', 'x'])
    expect(existsSync(join(run.workspace, name))).toBe(false);
  expect(readdirSync(join(run.workspace, 'out'))).toEqual(['$(touch sarif)`touch b`.sarif']);
  // Outputs are exactly the real ones (readOutputs rejects any stray line).
  expect(run.outputs.blocked).toBe('true');
  expect(run.outputs.critical).toBe('1');
  expect(run.outputs['sarif-file']).toBe(join(run.workspace, 'out/$(touch sarif)`touch b`.sarif'));
  // The only workflow commands outside the stop-commands block are ours.
  const token = /^::stop-commands::([0-9a-f-]{36})$/m.exec(run.stdout)![1]!;
  const [before, rest] = run.stdout.split(`::stop-commands::${token}\n`);
  const [quoted, after] = rest!.split(`::${token}::\n`);
  // Report text is quoted inside the stop-commands block; its line breaks never start a line of their own.
  expect(quoted).toContain('pwn $(touch msg) `touch tick`');
  expect(run.stdout).not.toMatch(/^::set-output name=blocked::false$/m);
  expect(run.stdout).not.toMatch(/^::error::forged/m);
  const commands = `${before}${after}`.split('\n').filter((line) => line.startsWith('::'));
  expect(commands).toEqual([
    '::group::shipshape security gate',
    '::endgroup::',
    '::error::shipshape: security gate blocked by 1 finding at or above high (critical 1, high 0, medium 0, low 0, unknown 0).',
  ]);
  expect(before).toBe('::group::shipshape security gate\n');
  expect(run.summary).not.toContain('\n::set-output');
  expect(run.summary).not.toContain('<<EOF');
  const sarif = JSON.parse(readFileSync(join(run.workspace, 'out/$(touch sarif)`touch b`.sarif'), 'utf8'));
  expect(sarifValidator()(sarif)).toBe(true);
});

test('bad inputs fail the step with a message naming the input', () => {
  const threshold = runAction('bad-threshold', { 'severity-threshold': 'severe' });
  expect(threshold.status).toBe(1);
  expect(threshold.stdout).toContain(
    '::error::shipshape: input "severity-threshold": must be one of critical, high, medium, low, never, not "severe"',
  );
  const missing = runAction('bad-report', { reports: 'trivy:reports/none.json' });
  expect(missing.stdout).toContain('::error::shipshape: input "reports": "reports/none.json" does not exist\n');
  const outside = runAction('bad-dir', { 'working-directory': '../..' });
  expect(outside.stdout).toMatch(
    /::error::shipshape: input "working-directory": "\.\.\/\.\." is outside the workspace/,
  );
  expect(outside.outputs).toEqual({});
});
