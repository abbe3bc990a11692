import rule from '../../../src/rules/gitlab-ci/missing-interruptible.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'default:\n  interruptible: true\nx:\n  script: [x]\n',
    'x:\n  interruptible: false\n  script: [x]\n',
    'deploy:\n  environment: production\n  script: [x]\n',
  ],
  invalid: [{ code: 'lint:\n  script: [make lint]\n', errors: [{ messageId: 'noInterruptible', line: 1, column: 1 }] }],
});
