import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../../src/core/config.js';
import { runCheck } from '../../../src/runner/check.js';

const OK = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/gitlab-ci/ok');

/** Realistic, correct pipelines: the recommended preset must stay silent on every file of each project. */
describe.each(readdirSync(OK))('test/fixtures/gitlab-ci/ok/%s', (project) => {
  test('is checked as GitLab CI and stays silent', async () => {
    const result = await runCheck({ root: join(OK, project), config: defaultConfig() });
    expect(
      result.findings.map(
        (finding) => `${finding.path}:${finding.span.line}:${finding.span.column} ${finding.ruleId} ${finding.message}`,
      ),
    ).toEqual([]);
    expect(result.checked['gitlab-ci']).toBeGreaterThan(0);
  });
});
