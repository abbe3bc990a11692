import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../../src/core/config.js';
import { runCheck } from '../../../src/runner/check.js';

const ERR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/gitlab-ci/err');

/** Insecure or broken projects: the recommended preset reports exactly the lines of expected.txt, across files. */
describe.each(readdirSync(ERR))('test/fixtures/gitlab-ci/err/%s', (project) => {
  test('reports exactly expected.txt', async () => {
    const root = join(ERR, project);
    const expected = readFileSync(join(root, 'expected.txt'), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    const result = await runCheck({ root, config: defaultConfig() });
    expect(
      result.findings.map((finding) => `${finding.path}:${finding.span.line}:${finding.span.column} ${finding.ruleId}`),
    ).toEqual(expected);
  });
});
