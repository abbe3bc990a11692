import rule from '../../../src/rules/gitlab-ci/debug-trace.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'variables:\n  CI_DEBUG_TRACE: "false"\nx:\n  script: [x]\n',
    'x:\n  variables:\n    CI_DEBUG_SERVICES: "0"\n  script: [x]\n',
  ],
  invalid: [
    { code: 'variables:\n  CI_DEBUG_TRACE: "true"\n', errors: [{ messageId: 'debug', line: 2, column: 3 }] },
    {
      name: 'in a job, unquoted',
      code: 'x:\n  variables:\n    CI_DEBUG_SERVICES: true\n  script: [x]\n',
      errors: [{ messageId: 'debug', line: 3, column: 5 }],
    },
  ],
});
