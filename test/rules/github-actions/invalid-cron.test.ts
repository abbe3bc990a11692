import rule from '../../../src/rules/github-actions/invalid-cron.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const cron = (value: string): string =>
  `on:\n  schedule:\n    - cron: ${value}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;

ruleTester(rule, {
  valid: [
    cron("'0 3 * * 1-5'"),
    cron("'*/15 0-6,20-23 1,15 JAN-MAR MON'"),
    cron('"30 5 * * SUN"'),
    cron("'5/10 * * * *'"),
  ],
  invalid: [
    { code: cron("'0 3 * *'"), errors: [{ messageId: 'invalid', line: 3, column: 14, message: /has 4/ }] },
    {
      code: cron("'0 24 * * *'"),
      errors: [{ messageId: 'invalid', line: 3, column: 16, endColumn: 18, message: /hour 24 is out of range 0-23/ }],
    },
    {
      code: cron("'0 0 * FOO *'"),
      errors: [{ messageId: 'invalid', line: 3, column: 20, message: /"FOO" is not a valid month/ }],
    },
    { code: cron("'*/0 * * * *'"), errors: [{ messageId: 'invalid', line: 3, column: 14, message: /step "0"/ }] },
    { code: cron("'0 0 * * 7'"), errors: [{ messageId: 'invalid', line: 3, column: 22 }] },
    { code: cron("'* * * * *'"), errors: [{ messageId: 'frequent', line: 3, column: 13 }] },
  ],
});
