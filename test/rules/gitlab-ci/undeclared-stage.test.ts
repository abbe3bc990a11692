import rule from '../../../src/rules/gitlab-ci/undeclared-stage.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'stages: [lint, build]\nlint:\n  stage: lint\n  script: [make lint]\n',
    {
      name: 'default stages without stages:',
      code: 'build:\n  stage: build\n  script: [make]\ncheck:\n  script: [make check]\nup:\n  stage: .pre\n  script: [x]\n',
    },
    {
      name: 'stage from an input',
      code: 'spec:\n  inputs:\n    stage: {default: test}\n---\nx:\n  stage: $[[ inputs.stage ]]\n  script: [x]\n',
    },
    {
      name: 'fragment without stages: is checked by its includer',
      filename: 'ci/lint.yml',
      code: 'lint:\n  stage: lint\n  script: [make lint]\n',
    },
    {
      name: 'stages declared in a local include',
      files: { 'ci/stages.yml': 'stages: [lint]\n' },
      code: 'include: ci/stages.yml\nlint:\n  stage: lint\n  script: [x]\n',
    },
    {
      name: 'remote include may declare them',
      code: 'include:\n  - remote: https://example.com/ci/v1.2.0/stages.yml\nlint:\n  stage: lint\n  script: [x]\n',
    },
  ],
  invalid: [
    {
      code: 'stages: [lint, build]\ncompile:\n  stage: biuld\n  script: [make]\n',
      errors: [{ messageId: 'undeclared', line: 3, column: 10 }],
    },
    {
      name: 'no stages: and a non-default stage',
      code: 'lint:\n  stage: lint\n  script: [make lint]\n',
      errors: [{ messageId: 'undeclared', line: 2, column: 10, message: /\.pre, build, test, deploy, \.post/ }],
    },
    {
      name: 'inherited through extends',
      code: 'stages: [build]\n.t:\n  stage: qa\nx:\n  extends: .t\n  script: [x]\n',
      errors: [{ messageId: 'undeclared', line: 4, column: 1 }],
    },
    {
      name: 'default test stage not declared',
      code: 'stages: [build]\nx:\n  script: [x]\n',
      errors: [{ messageId: 'undeclared', line: 2, column: 1 }],
    },
  ],
});
