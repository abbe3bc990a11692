import rule from '../../../src/rules/github-actions/expression-syntax.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (step: string): string => `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
${step}`;

ruleTester(rule, {
  valid: [
    wf("      - run: echo ${{ github.sha }}\n        if: github.event_name == 'push' && !cancelled()\n"),
    wf('      - run: echo "${{ format(\'{0}-{1}\', github.ref, toJSON(github.event)) }}"\n'),
    wf("      - run: echo ${{ case(github.ref == 'refs/heads/main', 'prod', 'dev') }}\n"),
    wf(
      "      - uses: actions/cache@v4\n        with:\n          path: x\n          key: ${{ runner.os }}-${{ hashFiles('**/package-lock.json', 'x') }}\n",
    ),
    {
      code: 'name: a\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ inputs.x }}\n      shell: bash\n',
      filename: 'action.yml',
    },
  ],
  invalid: [
    { code: wf('      - run: echo ${{ github.ref = 1 }}\n'), errors: [{ messageId: 'syntax', line: 6, column: 34 }] },
    { code: wf('      - run: echo ${{ github.ref\n'), errors: [{ messageId: 'unclosed', line: 6, column: 19 }] },
    {
      code: wf("      - if: contain(github.ref, 'x')\n        run: echo\n"),
      errors: [{ messageId: 'unknownFunction', line: 6, column: 13 }],
    },
    {
      code: wf('      - run: echo ${{ startsWith(github.ref) }}\n'),
      errors: [{ messageId: 'arity', line: 6, column: 23 }],
    },
    { code: wf("      - run: echo ${{ case(true, 'a') }}\n"), errors: [{ messageId: 'arity', line: 6, column: 23 }] },
    {
      code: wf('      - run: |\n          echo one\n          echo ${{ "quoted" }}\n'),
      errors: [{ messageId: 'syntax', line: 8, column: 20 }],
    },
  ],
});
