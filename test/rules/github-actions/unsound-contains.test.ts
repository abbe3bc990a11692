import rule from '../../../src/rules/github-actions/unsound-contains.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (condition: string): string =>
  `on: push\njobs:\n  a:\n    if: ${condition}\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n`;

ruleTester(rule, {
  valid: [
    wf('contains(fromJSON(\'["refs/heads/main", "refs/heads/dev"]\'), github.ref)'),
    wf("contains(github.event.head_commit.message, '[skip ci]')"),
    wf("contains(github.event.pull_request.labels.*.name, 'deploy')"),
    wf("contains('abc', 'b')"),
  ],
  invalid: [
    {
      code: wf("contains('refs/heads/main refs/heads/dev', github.ref)"),
      errors: [{ messageId: 'substring', line: 4, column: 9, endColumn: 63, message: /`refs\/heads\/mai` passes/ }],
    },
    {
      code: wf("${{ github.event_name == 'push' && contains('main,release', github.ref_name) }}"),
      errors: [{ messageId: 'substring', line: 4, column: 44 }],
    },
  ],
});
