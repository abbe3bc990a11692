import rule from '../../../src/rules/gitlab-ci/missing-timeout.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'default:\n  timeout: 20m\nx:\n  script: [x]\n',
    'x:\n  timeout: 1h\n  script: [x]\n',
    'child:\n  trigger:\n    include: child.yml\n',
  ],
  invalid: [
    { code: 'x:\n  script: [x]\n', errors: [{ messageId: 'noTimeout', line: 1, column: 1 }] },
    {
      name: 'default timeout not inherited',
      code: 'default:\n  timeout: 10m\nx:\n  inherit:\n    default: [image]\n  script: [x]\n',
      errors: [{ messageId: 'noTimeout', line: 3, column: 1 }],
    },
  ],
});
