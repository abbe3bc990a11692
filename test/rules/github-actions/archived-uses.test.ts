import rule from '../../../src/rules/github-actions/archived-uses.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const job = (steps: string): string => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    job(
      '      - uses: ruby/setup-ruby@v1\n      - uses: actions/setup-node@v4\n      - uses: ./actions-rs/toolchain\n',
    ),
  ],
  invalid: [
    {
      code: job('      - uses: actions-rs/toolchain@v1\n'),
      errors: [
        {
          messageId: 'archived',
          line: 6,
          column: 15,
          message:
            'actions-rs/toolchain is archived: it gets no fixes, security ones included. Use dtolnay/rust-toolchain or `rustup` in a run step.',
        },
      ],
    },
    {
      code: job('      - uses: Actions/Create-Release@v1\n'),
      errors: [{ messageId: 'archived', line: 6, column: 15, message: /Actions\/Create-Release is archived/ }],
    },
    {
      code: 'on: push\njobs:\n  call:\n    uses: actions-rs/cargo/.github/workflows/x.yml@v1\n',
      errors: [{ messageId: 'archived', line: 4, column: 11 }],
    },
  ],
});
