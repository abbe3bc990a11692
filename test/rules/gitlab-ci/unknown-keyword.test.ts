import rule from '../../../src/rules/gitlab-ci/unknown-keyword.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'stages: [build]\ndefault:\n  image: node:20\n  interruptible: true\nbuild:\n  stage: build\n  script: [make]\n  artifacts:\n    paths: [dist]\n    expire_in: 1 week\n',
    {
      name: 'hidden keys may hold anything (anchors)',
      code: '.vars: &vars\n  A: "1"\n.list: &list [a, b]\nbuild:\n  variables: *vars\n  script: *list\n',
    },
    {
      name: 'a job written as an alias of a template',
      code: '.binaries: &binaries\n  script: [make]\nbinaries linux/amd64: *binaries\n',
    },
    { name: 'merge keys', code: '.base: &base\n  tags: [docker]\nbuild:\n  <<: *base\n  script: [make]\n' },
    {
      name: 'rules keys and when values',
      code: 'build:\n  script: [make]\n  rules:\n    - if: $CI_COMMIT_TAG\n      when: manual\n      allow_failure: true\n    - changes: [src/**/*]\n',
    },
    {
      name: 'spec inputs',
      code: 'spec:\n  inputs:\n    n:\n      type: number\n      default: 1\n      description: count\n---\nbuild:\n  script: [echo $[[ inputs.n ]]]\n',
    },
  ],
  invalid: [
    {
      code: 'build:\n  scripts: [make]\n  script: [make]\n',
      errors: [{ messageId: 'unknown', line: 2, column: 3, message: /Did you mean `script`\?/ }],
    },
    {
      name: 'unknown default keyword',
      code: 'default:\n  stage: build\nbuild:\n  script: [make]\n',
      errors: [{ messageId: 'unknown', line: 2, column: 3, message: /not a `default` keyword/ }],
    },
    {
      name: 'unknown workflow keyword',
      code: 'workflow:\n  rule:\n    - if: $CI_COMMIT_TAG\nbuild:\n  script: [make]\n',
      errors: [{ messageId: 'unknown', line: 2, column: 3, message: /Did you mean `rules`\?/ }],
    },
    {
      name: 'top-level scalar that is not a keyword',
      code: 'stage: build\nbuild:\n  script: [make]\n',
      errors: [{ messageId: 'notJob', line: 1, column: 1 }],
    },
    {
      name: 'unknown rules key',
      code: 'build:\n  script: [make]\n  rules:\n    - if: $A\n      whenn: manual\n',
      errors: [{ messageId: 'unknown', line: 5, column: 7 }],
    },
    {
      name: 'typo in artifacts',
      code: 'build:\n  script: [make]\n  artifacts:\n    paths: [dist]\n    expire-in: 1 week\n',
      errors: [
        { messageId: 'unknown', line: 5, column: 5, message: /not a `artifacts` keyword\. Did you mean `expire_in`\?/ },
      ],
    },
    {
      name: 'typo in a cache list and in default cache',
      code: 'default:\n  cache:\n    keys: [a]\nbuild:\n  script: [make]\n  cache:\n    - key: npm\n      path: [.npm]\n',
      errors: [
        { messageId: 'unknown', line: 3, column: 5 },
        { messageId: 'unknown', line: 8, column: 7, message: /Did you mean `paths`\?/ },
      ],
    },
    {
      name: 'typo in environment and include',
      code: 'include:\n  - project: g/p\n    reff: v1.0.0\n    file: /x.yml\ndeploy:\n  script: [x]\n  environment:\n    name: prod\n    deployment-tier: production\n',
      errors: [
        { messageId: 'unknown', line: 3, column: 5 },
        { messageId: 'unknown', line: 9, column: 5 },
      ],
    },
    {
      name: 'bad when',
      code: 'build:\n  script: [make]\n  when: sometimes\n',
      errors: [{ messageId: 'badWhen', line: 3, column: 9 }],
    },
    {
      name: 'bad input key and type',
      code: 'spec:\n  inputs:\n    n:\n      typ: string\n    m:\n      type: integer\n---\nbuild:\n  script: [make]\n',
      errors: [
        { messageId: 'unknown', line: 4, column: 7 },
        { messageId: 'badType', line: 6, column: 13 },
      ],
    },
  ],
});
