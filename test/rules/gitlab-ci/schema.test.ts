import rule from '../../../src/rules/gitlab-ci/schema.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const header = (inputs: string): string => `spec:\n  inputs:\n${inputs}---\n`;

ruleTester(rule, {
  valid: [
    'stages: [build]\nbuild:\n  stage: build\n  script: [make]\n  retry: 2\n  artifacts:\n    paths: [out/]\n    expire_in: 1 week\n',
    {
      name: 'a template may hold anything until a job extends it',
      code: '.base:\n  retry: 9\nbuild:\n  script: [make]\n',
    },
    {
      name: 'the parent fixes what the job leaves open, through a local include',
      code: 'include: ci/base.yml\nbuild:\n  extends: .base\n',
      files: { 'ci/base.yml': '.base:\n  script: [make]\n  retry: 1\n' },
    },
    {
      name: 'an input default of the right type replaces the whole value',
      code: `${header('    retries:\n      type: number\n      default: 1\n')}build:\n  script: [make]\n  retry: $[[ inputs.retries ]]\n`,
    },
    {
      name: 'an input without a default is only known when the file is included',
      code: `${header('    retries:\n      type: number\n')}build:\n  script: [make]\n  retry: $[[ inputs.retries ]]\n`,
    },
    {
      name: 'a !reference to a local include',
      code: 'include: ci/scripts.yml\nbuild:\n  script:\n    - !reference [.setup, script]\n    - make\n',
      files: { 'ci/scripts.yml': '.setup:\n  script: [npm ci]\n' },
    },
    {
      name: 'keys gitlab/unknown-keyword reports are left to it',
      code: 'build:\n  scirpt: [make]\n  script: [make]\n  when: sometimes\n',
    },
  ],
  invalid: [
    {
      code: 'build:\n  script: [make]\n  retry: 7\n',
      errors: [
        { messageId: 'invalid', line: 3, column: 10, message: '`jobs:build:retry` config should be at most 2.' },
      ],
    },
    {
      name: 'an unquoted "a: b" line is a mapping, not a command',
      code: 'build:\n  script:\n    - echo "done"\n    - echo status: ok\n',
      errors: [
        {
          messageId: 'invalid',
          line: 4,
          column: 7,
          message: /`jobs:build:script:1` config should be a string or a list, not a mapping/,
        },
      ],
    },
    {
      name: 'the wrong value comes from the extended template: reported at `extends`',
      code: '.base:\n  artifacts:\n    paths: out/\nbuild:\n  extends: .base\n  script: [make]\n',
      errors: [
        { messageId: 'invalid', line: 5, column: 3, message: '`jobs:build:artifacts:paths` config should be a list.' },
      ],
    },
    {
      name: 'through a local include',
      code: 'include:\n  - local: ci/base.yml\nbuild:\n  extends: .base\n  script: [make]\n',
      files: { 'ci/base.yml': '.base:\n  parallel: 500\n' },
      errors: [
        { messageId: 'invalid', line: 4, column: 3, message: /`jobs:build:parallel` config should be at most 200/ },
      ],
    },
    {
      name: 'an input default that GitLab would reject',
      code: `${header('    mode:\n      default: sideways\n')}build:\n  script: [make]\n  cache:\n    key: deps\n    paths: [node_modules/]\n    when: $[[ inputs.mode ]]\n`,
      errors: [
        {
          messageId: 'invalid',
          line: 11,
          column: 11,
          message: /`jobs:build:cache:when` unknown value: sideways; expected one of on_success, on_failure, always/,
        },
      ],
    },
    {
      name: 'global keywords: stages must be a list of names',
      code: 'stages: build\nbuild:\n  script: [make]\n',
      errors: [{ messageId: 'invalid', line: 1, column: 9, message: '`stages` config should be a list.' }],
    },
    {
      name: 'a delayed job needs start_in',
      code: 'later:\n  when: delayed\n  script: [make]\n',
      errors: [
        {
          messageId: 'invalid',
          line: 1,
          column: 1,
          message: '`jobs:later` config missing required keyword: start_in.',
        },
      ],
    },
  ],
});
