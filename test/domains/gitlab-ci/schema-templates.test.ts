/**
 * The kit's own GitLab templates (gitlab/*.yml, templates/<name>/template.yml) and example pipelines must be what
 * GitLab accepts: each is checked by gitlab/schema against GitLab's CI schema, through the real runner, with local
 * includes read from the repository.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../../src/core/config.js';
import { runCheck } from '../../../src/runner/check.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

async function schemaFindings(root: string, path: string): Promise<{ checked: number; found: string[] }> {
  const result = await runCheck({ root, paths: [path], config: defaultConfig() });
  return {
    checked: result.checked['gitlab-ci'] ?? 0,
    found: result.findings
      .filter((finding) => finding.ruleId === 'gitlab/schema')
      .map((finding) => `${finding.span.line}:${finding.span.column} ${finding.message}`),
  };
}

const templates = [
  ...readdirSync(join(ROOT, 'gitlab'))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => `gitlab/${name}`),
  ...readdirSync(join(ROOT, 'templates')).map((name) => `templates/${name}/template.yml`),
];

test('there are templates to check in both folders', () => {
  expect(templates.filter((path) => path.startsWith('gitlab/')).length).toBeGreaterThanOrEqual(9);
  expect(templates.filter((path) => path.startsWith('templates/')).length).toBeGreaterThanOrEqual(9);
});

test.each(templates)('%s validates against GitLab CI schema', async (path) => {
  expect(await schemaFindings(ROOT, path)).toEqual({ checked: 1, found: [] });
});

test('the committed validator is what the generator makes of the committed schema', async () => {
  // @ts-expect-error: a plain .mjs script without type declarations
  const { gitlabSchemaValidator } = await import('../../../scripts/gitlab-schema.mjs');
  const generated: string = gitlabSchemaValidator(join(ROOT, 'schema/gitlab-ci.schema.json'));
  expect(generated === readFileSync(join(ROOT, 'src/data/gitlab-ci/schema-validator.js'), 'utf8')).toBe(true);
});

test('a template with a value GitLab rejects does not validate (the check can fail)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'schema-templates-'));
  try {
    cpSync(join(ROOT, 'gitlab/build.yml'), join(dir, 'build.yml'));
    const text = readFileSync(join(dir, 'build.yml'), 'utf8');
    const lines = text.split('\n').length;
    writeFileSync(join(dir, 'build.yml'), `${text.replace(/\n*$/, '\n')}broken-job:\n  script: [make]\n  retry: 9\n`);
    expect(await schemaFindings(dir, 'build.yml')).toEqual({
      checked: 1,
      found: [`${lines + 2}:10 \`jobs:broken-job:retry\` config should be at most 2.`],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
