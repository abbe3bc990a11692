import rule from '../../../src/rules/github-actions/unknown-event.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const on = (body: string): string =>
  `on:${body}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;

ruleTester(rule, {
  valid: [
    on(' [push, pull_request, merge_group]'),
    on('\n  image_version:\n    names: [ci-image]\n    versions: [2.*]'),
    on(
      '\n  pull_request:\n    types: [opened, synchronize, ready_for_review]\n    branches: [main]\n  release:\n    types: [published]\n  workflow_dispatch:\n    inputs:\n      x: {}',
    ),
    on('\n  repository_dispatch:\n    types: [my-custom-event]'),
  ],
  invalid: [
    {
      code: on(' [push, pull-request]'),
      errors: [{ messageId: 'event', line: 1, column: 12, message: /Did you mean "pull_request"/ }],
    },
    { code: on('\n  pull_request:\n    types: [opend]'), errors: [{ messageId: 'type', line: 3, column: 13 }] },
    { code: on('\n  push:\n    types: [created]'), errors: [{ messageId: 'noTypes', line: 3, column: 5 }] },
    { code: on('\n  issues:\n    branches: [main]'), errors: [{ messageId: 'key', line: 3, column: 5 }] },
  ],
});
