import rule from '../../../src/rules/github-actions/setup-without-cache.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (steps: string): string => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    wf('      - uses: actions/setup-node@v4\n        with:\n          cache: npm\n'),
    wf('      - uses: actions/setup-node@v5\n'),
    wf('      - uses: actions/setup-go@v5\n'),
    wf(
      '      - uses: actions/setup-python@v5\n      - uses: actions/cache@v4\n        with:\n          path: ~/.cache/pip\n          key: pip\n',
    ),
  ],
  invalid: [
    {
      code: wf('      - uses: actions/setup-python@v5\n        with:\n          python-version: "3.13"\n'),
      errors: [{ messageId: 'off', line: 6, column: 15 }],
    },
    {
      code: wf('      - uses: actions/setup-go@v5\n        with:\n          cache: false\n'),
      errors: [{ messageId: 'disabled', line: 8, column: 18 }],
    },
  ],
});
