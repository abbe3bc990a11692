import rule from '../../../src/rules/github-actions/artipacked.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const job = (steps: string): string => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    job('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n'),
    job("      - uses: actions/checkout@v4\n        with:\n          persist-credentials: 'false'\n"),
    // The job pushes with the stored token and uploads nothing.
    job('      - uses: actions/checkout@v4\n      - run: |\n          git commit -am "bump"\n          git push\n'),
    job('      - run: echo no checkout\n'),
  ],
  invalid: [
    { code: job('      - uses: actions/checkout@v4\n'), errors: [{ messageId: 'persisted', line: 6, column: 15 }] },
    {
      code: job('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: true\n'),
      errors: [{ messageId: 'persisted', line: 6 }],
    },
    {
      code: job(
        '      - uses: actions/checkout@v4\n      - run: git push\n      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n',
      ),
      errors: [{ messageId: 'uploaded', line: 6 }],
    },
    {
      filename: 'action.yml',
      code: 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n',
      errors: [{ messageId: 'persisted', line: 6, column: 13 }],
    },
  ],
});
