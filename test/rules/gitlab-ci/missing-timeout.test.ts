import rule from '../../../src/rules/gitlab-ci/missing-timeout.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'default:\n  timeout: 20m\nx:\n  script: [x]\n',
    'x:\n  timeout: 1h\n  script: [x]\n',
    'child:\n  trigger:\n    include: child.yml\n',
    {
      name: 'the timeout comes from a template in a local include',
      code: 'include: ci/base.yml\nx:\n  extends: .base\n  script: [x]\n',
      files: { 'ci/base.yml': '.base:\n  timeout: 10m\n' },
    },
    {
      name: 'the template is in an include that is not read: nothing is guessed',
      code: 'include:\n  - project: g/ci\n    ref: 0123456789abcdef0123456789abcdef01234567\n    file: /base.yml\nx:\n  extends: .base\n  script: [x]\n',
    },
  ],
  invalid: [
    {
      name: 'a template from a local include without a timeout: the job is seen whole',
      code: 'include: ci/base.yml\nx:\n  extends: .base\n',
      files: { 'ci/base.yml': '.base:\n  script: [x]\n' },
      errors: [{ messageId: 'noTimeout', line: 2, column: 1 }],
    },
    { code: 'x:\n  script: [x]\n', errors: [{ messageId: 'noTimeout', line: 1, column: 1 }] },
    {
      name: 'default timeout not inherited',
      code: 'default:\n  timeout: 10m\nx:\n  inherit:\n    default: [image]\n  script: [x]\n',
      errors: [{ messageId: 'noTimeout', line: 3, column: 1 }],
    },
  ],
});
