import rule from '../../../src/rules/github-actions/outdated-action.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (uses: string): string =>
  `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${uses}\n`;

ruleTester(rule, {
  valid: [
    wf('actions/checkout@v5'),
    wf('actions/setup-node@v4.1.0'),
    wf('actions/checkout@main'),
    wf('acme/old@v1'),
    wf('actions/checkout@v9'),
  ],
  invalid: [
    {
      code: wf('actions/checkout@v3'),
      errors: [{ messageId: 'retired', line: 6, column: 15, message: /node16.*actions\/checkout@v6/ }],
    },
    { code: wf('actions/upload-artifact@v3.1.2'), errors: [{ messageId: 'retired', line: 6, column: 15 }] },
    {
      code: wf('actions/setup-python@0123456789abcdef0123456789abcdef01234567 # v2.3.1'),
      errors: [{ messageId: 'retired', line: 6, column: 15 }],
    },
  ],
});
