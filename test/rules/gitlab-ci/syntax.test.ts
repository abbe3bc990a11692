import rule from '../../../src/rules/gitlab-ci/syntax.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'an unquoted script line with ": " is a mapping: gitlab/schema reports it and the other rules still run',
      code: 'build:\n  script:\n    - make\n    - echo "token: $TOKEN"\n',
    },
    'build:\n  script: [make]\n',
    {
      name: 'spec header then content',
      code: 'spec:\n  inputs:\n    stage:\n      default: test\n---\nlint:\n  stage: $[[ inputs.stage ]]\n  script: [make lint]\n',
    },
    {
      name: '!reference tags are GitLab syntax',
      code: '.setup:\n  script: [make deps]\nbuild:\n  script:\n    - !reference [.setup, script]\n    - make\n',
    },
  ],
  invalid: [
    { code: 'build:\n  script: [make\n', errors: [{ messageId: 'syntax', line: 3 }] },
    {
      name: 'duplicate key',
      code: 'build:\n  script: [a]\n  script: [b]\n',
      errors: [{ messageId: 'syntax', line: 3, column: 3 }],
    },
    {
      name: 'a list is not a pipeline',
      code: '- build\n- test\n',
      errors: [{ messageId: 'syntax', line: 1, column: 1 }],
    },
    {
      name: 'a third document',
      code: 'spec:\n  inputs: {}\n---\nbuild:\n  script: [make]\n---\nextra:\n  script: [x]\n',
      errors: [{ messageId: 'syntax', line: 7, column: 1, message: /only a `spec:` header/ }],
    },
    {
      name: 'spec inputs not a mapping',
      code: 'spec:\n  inputs: [a, b]\n---\nbuild:\n  script: [make]\n',
      errors: [{ messageId: 'syntax', line: 2, column: 11 }],
    },
  ],
});
