/**
 * The quick start's report: `check examples` prints real findings, and its SARIF (for GitHub code scanning) and
 * Code Quality (for GitLab's widget) forms are what those platforms read.
 */
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { sarifValidator } from '../formats/sarif-validator.js';

const ROOT = join(import.meta.dirname, '../..');

async function check(format: string): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(['check', 'examples', '--root', 'examples', '--fail-on', 'never', '--format', format], {
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    cwd: ROOT,
    isTTY: false,
    env: {},
  });
  return { code, stdout };
}

test('the text report names real findings in every kind of file, and the clean service has none', async () => {
  const { code, stdout } = await check('text');
  expect(code).toBe(0);
  for (const file of [
    'legacy-app/Dockerfile',
    'legacy-app/.gitlab-ci.yml',
    'legacy-app/.github/workflows/ci.yml',
    'legacy-app/infra/main.tf',
    'legacy-app/k8s/app.yaml',
  ])
    expect(stdout).toContain(`${file}:`);
  expect(stdout).toMatch(/^legacy-app\/Dockerfile:1:1: warning: .* \[docker\/no-latest-tag\]$/m);
  expect(stdout).toMatch(/^legacy-app\/\.github\/workflows\/ci\.yml:17:32: error: .* \[gha\/template-injection\]$/m);
  expect(stdout).toMatch(
    /^legacy-app\/infra\/main\.tf:18:5: error: Port 22 is open to 0\.0\.0\.0\/0: .* \[tf\/sg-open-admin-port\]$/m,
  );
  expect(stdout).toMatch(
    /^legacy-app\/k8s\/app\.yaml:20:25: error: Container "app" runs privileged: .* \[k8s\/privileged\]$/m,
  );
  // service/k8s/ is the service's manifests and follows every recommended rule.
  expect(stdout).not.toContain('service/');
  // infra/ is the service's Terraform and follows every recommended rule: remote locked state, pinned versions,
  // default tags, a private, versioned bucket.
  expect(stdout).not.toMatch(/^infra\//m);
});

test('--format sarif is valid SARIF 2.1.0 with a rules entry for every rule that fired', async () => {
  const log = JSON.parse((await check('sarif')).stdout);
  const validate = sarifValidator();
  expect(validate(log) ? [] : validate.errors).toEqual([]);
  const run = log.runs[0];
  const fired = new Set<string>(run.results.map((result: { ruleId: string }) => result.ruleId));
  expect(fired.size).toBeGreaterThan(20);
  const described = new Set(run.tool.driver.rules.map((rule: { id: string }) => rule.id));
  expect([...fired].filter((id) => !described.has(id))).toEqual([]);
  for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
});

test("--format codequality is what GitLab's widget reads", async () => {
  const issues = JSON.parse((await check('codequality')).stdout) as Record<string, unknown>[];
  expect(issues.length).toBeGreaterThan(20);
  for (const issue of issues) {
    expect(issue).toEqual({
      description: expect.any(String),
      check_name: expect.stringMatching(/^(docker|gha|gitlab|tf|k8s|shipshape)\/[a-z0-9-]+$/),
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      severity: expect.stringMatching(/^(info|minor|major|critical|blocker)$/),
      location: {
        path: expect.stringMatching(/^legacy-app\//),
        lines: { begin: expect.any(Number), end: expect.any(Number) },
      },
      ...(issue.categories ? { categories: expect.any(Array) } : {}),
      ...(issue.type ? { type: 'issue' } : {}),
      ...(issue.engine_name ? { engine_name: 'shipshape' } : {}),
      ...(issue.content ? { content: expect.anything() } : {}),
    });
  }
  expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
});
