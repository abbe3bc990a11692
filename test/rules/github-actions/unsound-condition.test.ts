import rule from '../../../src/rules/github-actions/unsound-condition.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (condition: string): string =>
  `on: push\njobs:\n  a:\n    if: ${condition}\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n`;

ruleTester(rule, {
  valid: [
    wf("${{ github.ref == 'refs/heads/main' }}"),
    wf("github.ref == 'refs/heads/main'"),
    wf("|-\n      ${{ github.ref == 'refs/heads/main' }}"),
    wf(">-\n      github.event_name == 'push' &&\n      github.ref == 'refs/heads/main'"),
    // A bare condition mentioning `${{` only inside a string literal is still an expression.
    wf("github.event.comment.body == 'x'"),
  ],
  invalid: [
    {
      code: wf("|\n      ${{ github.ref == 'refs/heads/main' }}"),
      errors: [{ messageId: 'block', line: 4, column: 9, endLine: 5 }],
    },
    {
      code: wf("${{ github.ref == 'refs/heads/main' }} && ${{ success() }}"),
      errors: [{ messageId: 'mixed', line: 4, column: 9 }],
    },
    { code: wf("success() && ${{ github.ref == 'refs/heads/main' }}"), errors: [{ messageId: 'mixed', line: 4 }] },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - if: >\n          ${{ failure() }}\n        run: ./notify.sh\n',
      errors: [{ messageId: 'block', line: 6, column: 13 }],
    },
  ],
});
