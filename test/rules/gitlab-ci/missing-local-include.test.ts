import rule from '../../../src/rules/gitlab-ci/missing-local-include.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'include:\n  - local: ci/build.yml\n', files: { 'ci/build.yml': 'b:\n  script: [x]\n' } },
    { code: 'include: /ci/build.yml\n', files: { 'ci/build.yml': 'b:\n  script: [x]\n' } },
    'include:\n  - local: ci/*.yml\n  - local: ci/$ENV.yml\n',
    {
      name: 'a nested project root resolves from its own folder',
      filename: 'services/api/.gitlab-ci.yml',
      code: 'include:\n  - local: ci/build.yml\n',
      files: { 'services/api/ci/build.yml': 'b:\n  script: [x]\n' },
    },
    {
      name: 'inside a template: resolved in the template project',
      code: 'spec:\n  inputs: {}\n---\ninclude:\n  - local: parts/x.yml\n',
    },
  ],
  invalid: [
    { code: 'include:\n  - local: ci/build.yml\n', errors: [{ messageId: 'missing', line: 2, column: 12 }] },
    { name: 'string form', code: 'include: ci/gone.yml\n', errors: [{ messageId: 'missing', line: 1, column: 10 }] },
    {
      name: 'nested project root, in neither place',
      filename: 'services/api/.gitlab-ci.yml',
      code: 'include:\n  - local: ci/build.yml\n',
      files: { 'ci/other.yml': 'b:\n  script: [x]\n' },
      errors: [{ messageId: 'missing', line: 2, column: 12 }],
    },
  ],
});
