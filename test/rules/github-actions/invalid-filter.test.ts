import rule from '../../../src/rules/github-actions/invalid-filter.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const on = (body: string): string =>
  `on:\n${body}jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;

ruleTester(rule, {
  valid: [
    on(
      "  push:\n    branches: [main, 'releases/**', '!releases/**-alpha']\n    tags: ['v[0-9]+.*']\n    paths: ['src/**', '!**.md']\n",
    ),
    on('  pull_request:\n    paths-ignore: [docs/**]\n'),
  ],
  invalid: [
    { code: on('  push:\n    branches: [refs/heads/main]\n'), errors: [{ messageId: 'pattern', line: 3, column: 16 }] },
    {
      code: on("  push:\n    tags: ['v[0-9']\n"),
      errors: [{ messageId: 'pattern', line: 3, column: 12, message: /unclosed/ }],
    },
    { code: on('  push:\n    paths:\n      - ./src/**\n'), errors: [{ messageId: 'pattern', line: 4, column: 9 }] },
    {
      code: on('  push:\n    branches: [main]\n    branches-ignore: [dev]\n'),
      errors: [{ messageId: 'both', line: 4, column: 5 }],
    },
    {
      code: on("  pull_request:\n    branches: ['!dev']\n"),
      errors: [{ messageId: 'onlyNegative', line: 3, column: 5 }],
    },
  ],
});
