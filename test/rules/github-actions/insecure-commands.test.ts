import rule from '../../../src/rules/github-actions/insecure-commands.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'on: push\nenv:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: false\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "A=1" >> "$GITHUB_ENV"\n',
  ],
  invalid: [
    {
      code: "on: push\nenv:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
      errors: [{ messageId: 'enabled', line: 3, column: 3, endColumn: 34 }],
    },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n    steps:\n      - run: make\n        env:\n          actions_allow_unsecure_commands: 1\n',
      errors: [
        { messageId: 'enabled', line: 6, column: 7 },
        { messageId: 'enabled', line: 10, column: 11 },
      ],
    },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo "ACTIONS_ALLOW_UNSECURE_COMMANDS=true" >> $GITHUB_ENV\n',
      errors: [{ messageId: 'enabled', line: 7, column: 17 }],
    },
  ],
});
