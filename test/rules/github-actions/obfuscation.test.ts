import rule from '../../../src/rules/github-actions/obfuscation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const steps = (body: string): string => `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${body}`;

ruleTester(rule, {
  valid: [
    steps('      - uses: actions/cache/restore@v4\n        with:\n          path: x\n          key: k\n'),
    steps('      - uses: ./.github/actions/setup\n'),
    // A lone literal passes a typed value to an input or condition.
    steps('      - uses: actions/checkout@v4\n        with:\n          persist-credentials: ${{ false }}\n'),
    steps("      - run: echo ${{ format('{0}-{1}', github.ref_name, github.sha) }}\n"),
    steps("      - run: make\n        timeout-minutes: ${{ fromJSON('10') }}\n        env: ${{ fromJSON('{}') }}\n"),
    steps("      - if: ${{ startsWith(github.ref, 'refs/tags/') }}\n        run: make\n"),
  ],
  invalid: [
    {
      code: steps(
        '      - uses: actions/checkout/@v4\n      - uses: octo-org/tools/./lint@v2\n      - uses: octo-org/tools/x/../lint@v2\n',
      ),
      errors: [
        { messageId: 'usesPath', line: 6, column: 15 },
        { messageId: 'usesPath', line: 7, column: 15, message: /octo-org\/tools\/\.\/lint@v2/ },
        { messageId: 'usesPath', line: 8, column: 15 },
      ],
    },
    {
      code: 'on: push\njobs:\n  call:\n    uses: octo-org/flows/.github//workflows/ci.yml@v1\n',
      errors: [{ messageId: 'usesPath', line: 4, column: 11 }],
    },
    {
      code: steps("      - run: echo ${{ 'v1' }} ${{ startsWith('abc', 'a') }}\n"),
      errors: [
        { messageId: 'constant', line: 6, column: 23, message: /`'v1'` uses no context/ },
        { messageId: 'constant', line: 6, column: 35 },
      ],
    },
    {
      code: steps("      - if: ${{ github.event_name == 'push' || true && false }}\n        run: make\n"),
      errors: [{ messageId: 'constant', line: 6, column: 48, message: /`true && false`/ }],
    },
  ],
});
