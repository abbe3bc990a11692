/**
 * Hostile Terraform, generated: huge files, many blocks and files in one module, nesting deeper than any stack,
 * and broken HCL. Each is checked by the real CLI in a child process with a hard time bound; a broken file must
 * come out as a tf/syntax finding, never as a crash or a silent pass.
 */
import { checkJson, cliBundle, DEFAULT_BOUND_MS, makeTree, removeTree, type JsonFinding } from './harness.js';

const trees: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const dir = makeTree(files);
  trees.push(dir);
  return dir;
}

/** The findings as `rule@path:line:column`, sorted. */
const summary = (findings: JsonFinding[]): string[] =>
  findings.map((finding) => `${finding.ruleId}@${finding.path}:${finding.line}:${finding.column}`).sort();

const VERSIONS =
  'terraform {\n  required_version = ">= 1.6"\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }\n  }\n}\n';
const PUBLIC_DB =
  'resource "aws_db_instance" "db" {\n  engine              = "aurora-mysql"\n  publicly_accessible = true\n}\n';

beforeAll(async () => {
  await cliBundle();
});
afterAll(() => trees.forEach(removeTree));

describe('hostile Terraform', () => {
  test('one file of 5,000 locals (~0.13 MB): the public database after them is found in time', async () => {
    // Parse and model run at about 0.5 MB/s on a loaded machine: 5,000 attributes take ~0.3 s.
    const locals = Array.from({ length: 5_000 }, (_, i) => `  name_${i} = "value-${i}"`);
    const text = `${VERSIONS}locals {\n${locals.join('\n')}\n}\n${PUBLIC_DB}`;
    const result = await checkJson(tree({ 'main.tf': text }));
    expect(result.timedOut).toBe(false);
    const line = 9 + 1 + locals.length + 1 + 3;
    expect(summary(result.findings)).toEqual([`tf/public-database@main.tf:${line}:3`]);
    expect(result.ms).toBeLessThan(DEFAULT_BOUND_MS);
  });

  test('1,000 files of one module, each with a bucket and its companions: linear, and the one gap found', async () => {
    const files: Record<string, string> = { 'infra/versions.tf': VERSIONS };
    for (let i = 0; i < 1_000; i++) {
      const companions =
        i === 734
          ? ''
          : `resource "aws_s3_bucket_versioning" "b${i}" {\n  bucket = aws_s3_bucket.b${i}.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n`;
      files[`infra/bucket_${i}.tf`] =
        `resource "aws_s3_bucket" "b${i}" {\n  bucket = "acme-${i}"\n}\n` +
        `resource "aws_s3_bucket_public_access_block" "b${i}" {\n  bucket                  = aws_s3_bucket.b${i}.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n` +
        companions;
    }
    // Module-wide facts (companions by reference, first use of a provider) are indexed once per module: asked for
    // per file they made 2,000 such files take 150 s. 1,001 files are also 1,001 reads and parses: bounded at 4 s.
    const result = await checkJson(tree(files), [], { boundMs: 2 * DEFAULT_BOUND_MS });
    expect(result.timedOut).toBe(false);
    expect(summary(result.findings)).toEqual(['tf/s3-versioning@infra/bucket_734.tf:1:1']);
  });

  test('a list nested 50,000 deep and blocks nested 5,000 deep: no stack overflow, the file is read', async () => {
    const depth = 50_000;
    const nested = `locals {\n  deep = ${'['.repeat(depth)}1${']'.repeat(depth)}\n}\n`;
    const blocks = `resource "aws_instance" "i" {\n${'  a {\n'.repeat(5_000)}${'  }\n'.repeat(5_000)}}\n`;
    const result = await checkJson(tree({ 'a.tf': VERSIONS + nested, 'b.tf': blocks }));
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toBe('');
    // The instance has no root_block_device at the depth the rules read: reported, so the file was walked.
    expect(summary(result.findings)).toEqual(['tf/volume-encryption@b.tf:1:1']);
  });

  test('broken HCL in many shapes: each file is one or more tf/syntax errors, never a crash or silence', async () => {
    const broken: Record<string, string> = {
      'unclosed-block.tf': 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n',
      'unclosed-string.tf': 'locals {\n  a = "never closed\n}\n',
      'unclosed-heredoc.tf': 'locals {\n  a = <<EOT\nno end\n}\n',
      'stray-tokens.tf': '}}} ]]] ))) = = =\n',
      'half-expression.tf': 'locals {\n  a = 1 +\n}\n',
      'deep-unclosed.tf': `locals {\n  a = ${'['.repeat(20_000)}\n}\n`,
      'binary-looking.tf': 'locals {\n  a = \u0001\u0002\u0003\n}\n',
    };
    const result = await checkJson(tree({ 'versions.tf': VERSIONS, ...broken }));
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toBe('');
    const byFile = new Map<string, string[]>();
    for (const finding of result.findings)
      byFile.set(finding.path, [...(byFile.get(finding.path) ?? []), finding.ruleId]);
    for (const path of Object.keys(broken)) {
      const rules = byFile.get(path) ?? [];
      expect({ path, syntax: rules.length > 0 && rules.every((rule) => rule === 'tf/syntax') }).toEqual({
        path,
        syntax: true,
      });
    }
    expect(byFile.has('versions.tf')).toBe(false);
    expect(result.ms).toBeLessThan(DEFAULT_BOUND_MS);
  });

  test('a 0.25 MB heredoc beside a policy: read once, judged, in time', async () => {
    // tree-sitter's HCL grammar scans heredocs at about 1 MB/s here: the 5 MB file-size limit is ~5 s of parsing.
    const padding = `${'x'.repeat(100)}\n`.repeat(2_500);
    const text = `${VERSIONS}resource "aws_iam_policy" "p" {\n  description = <<EOT\n${padding}EOT\n  policy = jsonencode({\n    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]\n  })\n}\n`;
    const result = await checkJson(tree({ 'main.tf': text }));
    expect(result.timedOut).toBe(false);
    const line = 9 + 5 + 2_500;
    expect(summary(result.findings)).toEqual([`tf/iam-wildcard-action@main.tf:${line}:47`]);
    expect(result.ms).toBeLessThan(DEFAULT_BOUND_MS);
  });
});
