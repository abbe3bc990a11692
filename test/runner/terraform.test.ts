import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInputs } from '../../src/actions/check/inputs.js';
import { runCheckAction } from '../../src/actions/check/run.js';
import { main } from '../../src/cli/main.js';
import { runCheck } from '../../src/runner/check.js';

/** A module's settings, so that only the rule a test is about reports. */
const VERSIONS =
  'terraform {\n  required_version = ">= 1.6"\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\n';

const REAL_WORLD = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/terraform/real-world');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-tf-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: dir,
    isTTY: false,
    env: {},
  });
  return { code, stdout, stderr };
}

describe('Terraform in a check run', () => {
  test('public examples (test/fixtures/terraform/real-world, see SOURCES.md): exact findings, no crash', async () => {
    cpSync(REAL_WORLD, dir, { recursive: true });
    const result = await cli('check', '--format', 'json', '--fail-on', 'never');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; path: string; line: number }[] };
    const lines = report.findings.map((finding) => `${finding.path}:${finding.line} ${finding.ruleId}`);
    expect(lines).toEqual([
      'elasticsearch-domain/main.tf:4 tf/backend-remote',
      'elasticsearch-domain/main.tf:8 tf/required-providers',
      'elasticsearch-domain/main.tf:16 tf/resource-tags',
      'elasticsearch-domain/main.tf:27 tf/no-secret-in-resource',
      'lambda/main.tf:2 tf/backend-remote',
      'lambda/main.tf:2 tf/required-providers',
      'lambda/main.tf:2 tf/required-version',
      'lambda/main.tf:3 tf/deprecated-interpolation',
      'lambda/main.tf:6 tf/required-providers',
      'lambda/main.tf:28 tf/resource-tags',
      'lambda/main.tf:30 tf/deprecated-interpolation',
      'lambda/main.tf:33 tf/resource-tags',
      'lambda/main.tf:36 tf/deprecated-interpolation',
      'lambda/main.tf:37 tf/deprecated-interpolation',
      'lambda/main.tf:39 tf/deprecated-interpolation',
      'two-tier/main.tf:4 tf/backend-remote',
      'two-tier/main.tf:8 tf/required-providers',
      'two-tier/main.tf:13 tf/resource-tags',
      'two-tier/main.tf:18 tf/resource-tags',
      'two-tier/main.tf:30 tf/resource-tags',
      'two-tier/main.tf:37 tf/resource-tags',
      'two-tier/main.tf:61 tf/resource-tags',
      'two-tier/main.tf:71 tf/sg-open-admin-port',
      'two-tier/main.tf:111 tf/resource-tags',
      'two-tier/main.tf:111 tf/volume-encryption',
    ]);
  });

  test('the files of one folder are one module: a default in variables.tf decides a finding in main.tf', async () => {
    write({
      'infra/variables.tf': 'variable "public" {\n  type    = bool\n  default = true\n}\n',
      'infra/main.tf':
        'resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  publicly_accessible = var.public\n}\n',
      // Another folder is another module: its variable of the same name does not count.
      'other/main.tf': 'resource "aws_db_instance" "db" {\n  publicly_accessible = var.public\n}\n',
    });
    const result = await runCheck({ root: dir });
    expect(result.checked).toEqual({ terraform: 3 });
    expect(
      result.findings
        .filter((finding) => finding.ruleId === 'tf/public-database')
        .map((finding) => `${finding.path}:${finding.span.line}:${finding.span.column}`),
    ).toEqual(['infra/main.tf:3:3']);
  });

  test('a broken file is a tf/syntax error and the other files are still checked', async () => {
    write({
      'a.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = \n}\n',
      'b.tf': 'resource "aws_s3_bucket_acl" "a" {\n  acl = "public-read"\n}\n',
      'versions.tf': VERSIONS,
    });
    const result = await cli('check');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'a.tf:2:3: error: HCL syntax: unexpected `bucket =` [tf/syntax]',
      expect.stringMatching(
        /^b\.tf:2:3: error: ACL `public-read` lets anyone on the internet read the bucket: .* \[tf\/s3-public-acl\]$/,
      ),
      '2 findings (2 errors, 0 warnings, 0 notes) in 3 files checked.',
      '',
    ]);
  });

  test('.terraform/ (modules copied by terraform init) is not walked', async () => {
    write({
      '.terraform/modules/vpc/main.tf': 'resource "aws_db_instance" "db" {\n  publicly_accessible = true\n}\n',
      'main.tf': 'locals {\n  name = "app"\n}\n',
    });
    const result = await runCheck({ root: dir });
    expect(result.checked).toEqual({ terraform: 1 });
  });

  test('the root action checks .tf files by default and carries them into SARIF and annotations', async () => {
    write({
      'infra/main.tf': 'resource "aws_s3_bucket_acl" "a" {\n  acl = "public-read-write"\n}\n',
      'infra/versions.tf': VERSIONS,
    });
    const context = parseInputs(() => '', { GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir }, dir);
    const report = await runCheckAction(context);
    expect(report.counts).toEqual({ errors: 1, warnings: 0, notes: 0, total: 1 });
    expect(report.failed).toBe(true);
    const sarif = JSON.parse(readFileSync(report.sarifFile, 'utf8'));
    const [run] = sarif.runs;
    expect(run.results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['tf/s3-public-acl']);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('infra/main.tf');
    const rule = run.tool.driver.rules.find((entry: { id: string }) => entry.id === 'tf/s3-public-acl');
    expect(rule.properties['security-severity']).toBe('8.6');
    expect(report.annotations).toMatch(/^::error file=infra\/main\.tf,line=2,/m);
  });

  test('Code Quality output carries Terraform findings', async () => {
    write({ 'main.tf': 'resource "aws_db_instance" "db" {\n  publicly_accessible = true\n}\n' });
    const result = await cli('check', '--format', 'codequality', '--fail-on', 'never');
    const issues = JSON.parse(result.stdout) as {
      check_name: string;
      location: { path: string; lines: { begin: number } };
    }[];
    expect(issues.find((issue) => issue.check_name === 'tf/public-database')?.location).toEqual({
      path: 'main.tf',
      lines: { begin: 2, end: 2 },
    });
  });

  test('a run without Terraform files loads no Terraform rule', async () => {
    write({ Dockerfile: 'FROM node:20.11.1\nUSER 10001\n' });
    const result = await runCheck({ root: dir });
    expect([...result.registry.ids].filter((id) => id.startsWith('tf/'))).toEqual([]);
  });
});
