import rule from '../../../src/rules/github-actions/no-failure-notification.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    "on:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n      - if: failure()\n        run: ./notify.sh\n",
    "on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: prod\n    steps:\n      - run: make\n  notify:\n    needs: deploy\n    if: always() && needs.deploy.result == 'failure'\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./notify.sh\n",
  ],
  invalid: [
    {
      code: "on:\n  schedule:\n    - cron: '0 3 * * *'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
      errors: [{ messageId: 'none', line: 1, column: 1 }],
    },
  ],
});
