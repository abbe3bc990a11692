import rule from '../../../src/rules/github-actions/missing-timeout.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    steps:\n      - run: echo\n',
    'on: push\njobs:\n  a:\n    uses: ./.github/workflows/x.yml\n',
  ],
  invalid: [
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'job', line: 3, column: 3 }],
    },
  ],
});
