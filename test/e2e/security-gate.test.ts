import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { sarifValidator } from '../formats/sarif-validator.js';

const fixtures = fileURLToPath(new URL('../fixtures/scanner-outputs/', import.meta.url));
const timings: Record<string, number> = {};
let repo: string;

// A credential assembled at run time so the repository never holds one.
const TOKEN = 'glpat-' + 'Hq7_Lm2-Np9Rs4Tu6Vw8';

async function cli(argv: string[], label = argv.join(' ').slice(0, 40)) {
  let stdout = '';
  let stderr = '';
  const start = performance.now();
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: repo,
    isTTY: false,
    env: {},
  });
  timings[label] = Math.round(performance.now() - start);
  return { code, stdout, stderr };
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'shipshape-gate-e2e-'));
  // A real git work tree: the secrets scan and shipshape check list files through git.
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'reports'));
  mkdirSync(join(repo, 'deploy'));
  for (const [target, source] of Object.entries({
    'reports/trivy-image.json': 'trivy/trivy-image-alpine-39-critical.json',
    'reports/trivy-fs.json': 'trivy/trivy-fs-npm-with-suppressed.json',
    'reports/grype.sarif': 'grype/grype-image-presenter-snapshot.sarif',
    'reports/osv.json': 'osv-scanner/osv-scanner-npm-yarn-malicious.json',
    'reports/npm-audit.json': 'npm-audit/npm-audit-v2-none.json',
    'reports/semgrep.json': 'semgrep/semgrep-json-high-medium-low.json',
    'reports/codeql.sarif': 'codeql/codeql-action-testdata-valid-sarif.sarif',
    'reports/gitleaks.json': 'gitleaks/gitleaks-report-empty.json',
  })) {
    copyFileSync(join(fixtures, source), join(repo, target));
  }
  writeFileSync(join(repo, 'deploy/release.sh'), `#!/bin/sh\nexport GITLAB_TOKEN=${TOKEN}\n`);
  writeFileSync(join(repo, 'Dockerfile'), 'FROM node:20.11.1-alpine\nUSER node\nCMD ["node", "server.js"]\n');
  writeFileSync(
    join(repo, 'strict.yml'),
    'fail-on: critical\nallow:\n  - id: CVE-2019-14697\n    reason: base image replaced next sprint\n    expires: 2999-01-01\n  - id: MAL-2023-1035\n    reason: package removed, lockfile pending\n    expires: 2999-01-01\n  - id: gitlab-token\n    path: deploy/**\n    reason: revoked test token\n    expires: 2999-01-01\n  - id: CVE-1999-0002-package-2\n    reason: expired on purpose\n    expires: 2020-01-01\n',
  );
  git('add', '.');
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  process.stdout.write(`security gate e2e timings (ms): ${JSON.stringify(timings)}\n`);
});

const REPORTS = [
  '--report',
  'trivy:reports/trivy-image.json',
  '--report',
  'reports/trivy-fs.json',
  '--report',
  'grype:reports/grype.sarif',
  '--report',
  'osv-scanner:reports/osv.json',
  '--report',
  'npm-audit:reports/npm-audit.json',
  '--report',
  'semgrep:reports/semgrep.json',
  '--report',
  'codeql:reports/codeql.sarif',
  '--report',
  'gitleaks:reports/gitleaks.json',
];

test('the gate on eight real reports, shipshape check and the secrets scan blocks at high with exact counts', async () => {
  const run = await cli(
    [
      'security-gate',
      ...REPORTS,
      '--sarif',
      'out/gate.sarif',
      '--summary',
      'out/summary.md',
      '--dotenv',
      'out/gate.env',
    ],
    'gate: 8 reports + check + secrets (blocked)',
  );
  expect(run.code).toBe(1);
  const lines = run.stdout.split('\n');
  expect(lines.slice(0, 9)).toEqual([
    'Security gate: BLOCKED by 7 findings at or above high (17 in all).',
    '  critical 4, high 3, medium 4, low 6, unknown 0',
    '  codeql: low 2',
    '  grype: high 2',
    '  lgtm.com: low 1',
    '  osv-scanner: critical 1',
    '  secrets: critical 1',
    '  semgrep: low 3',
    '  trivy: critical 2, high 1, medium 4',
  ]);
  expect(lines.filter((line) => line.includes('gitlab-token'))).toEqual([
    '  [critical] secrets gitlab-token at deploy/release.sh:2: GitLab token: glpa…(26 chars) at column 21',
  ]);
  expect(run.stdout).not.toContain(TOKEN);
  expect(run.stdout).toContain('Suppressed by the scanners: 1');
  expect(readFileSync(join(repo, 'out/gate.env'), 'utf8')).toBe(
    `BLOCKED=true\nTOTAL=17\nBLOCKING=7\nCRITICAL=4\nHIGH=3\nMEDIUM=4\nLOW=6\nUNKNOWN=0\nALLOWED=0\nSARIF_FILE=${join(repo, 'out/gate.sarif')}\n`,
  );
  const sarif = JSON.parse(readFileSync(join(repo, 'out/gate.sarif'), 'utf8'));
  expect(sarifValidator()(sarif)).toBe(true);
  expect(sarif.runs[0].results.length).toBe(18);
  expect(JSON.stringify(sarif)).not.toContain(TOKEN);
  expect(readFileSync(join(repo, 'out/summary.md'), 'utf8')).toContain('| **all** | 4 | 3 | 4 | 6 | 0 | 17 |');
});

test('with the allow-list and fail-on critical it passes; the expired entry is named', async () => {
  const run = await cli(
    ['security-gate', ...REPORTS, '--config', 'strict.yml', '--format', 'json'],
    'gate: with allow-list (passed)',
  );
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(report.blocked).toBe(false);
  expect(report.failOn).toBe('critical');
  expect(report.counts).toEqual({ critical: 0, high: 3, medium: 4, low: 6, unknown: 0 });
  expect(report.allowed.length).toBe(4);
  expect(report.expired).toEqual([
    { entry: { id: 'CVE-1999-0002-package-2', reason: 'expired on purpose', expires: '2020-01-01' }, matched: 1 },
  ]);
  expect(report.inputs.map((input: { name: string; findings: number }) => [input.name, input.findings])).toEqual([
    ['shipshape check', 0],
    ['secrets scan', 1],
    [`trivy:${join(repo, 'reports/trivy-image.json')}`, 6],
    [`auto:${join(repo, 'reports/trivy-fs.json')}`, 1],
    [`grype:${join(repo, 'reports/grype.sarif')}`, 2],
    [`osv-scanner:${join(repo, 'reports/osv.json')}`, 1],
    [`npm-audit:${join(repo, 'reports/npm-audit.json')}`, 0],
    [`semgrep:${join(repo, 'reports/semgrep.json')}`, 3],
    [`codeql:${join(repo, 'reports/codeql.sarif')}`, 3],
    [`gitleaks:${join(repo, 'reports/gitleaks.json')}`, 0],
  ]);
});

test('--fail-on overrides the config; never always passes; usage errors exit 2', async () => {
  expect((await cli(['security-gate', ...REPORTS, '--config', 'strict.yml', '--fail-on', 'high'])).code).toBe(1);
  expect((await cli(['security-gate', ...REPORTS, '--fail-on', 'never'])).code).toBe(0);
  const bad = await cli(['security-gate', '--report', 'trivy:reports/none.json']);
  expect(bad).toEqual({ code: 2, stdout: '', stderr: 'shipshape: --report: "reports/none.json" does not exist\n' });
  const tool = await cli(['security-gate', '--report', 'snyk:reports/x.json']);
  expect(tool.stderr).toBe(
    'shipshape: unknown scanner "snyk" in "snyk:reports/x.json": use one of npm-audit, pnpm-audit, osv-scanner, pip-audit, trivy, grype, gitleaks, semgrep, codeql, sarif, auto (tool:path)\n',
  );
});
