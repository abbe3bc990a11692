import rule from '../../../src/rules/github-actions/falsy-ternary.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (value: string): string =>
  `on: push\njobs:\n  a:\n    runs-on: \${{ ${value} }}\n    steps:\n      - run: make\n`;

ruleTester(rule, {
  valid: [
    wf("github.ref == 'refs/heads/main' && 'large' || 'small'"),
    // The inputs.x || default idiom is fine.
    wf("inputs.runner && inputs.runner || 'ubuntu-latest'"),
    wf("inputs.runner || 'ubuntu-latest'"),
  ],
  invalid: [
    {
      code: wf("github.event_name == 'push' && '' || 'ubuntu-latest'"),
      errors: [{ messageId: 'falsy', line: 4, column: 49, endColumn: 51 }],
    },
    {
      code: wf('inputs.debug && false || true'),
      errors: [{ messageId: 'falsy', line: 4, column: 34, message: /`false` is falsy/ }],
    },
    { code: wf('matrix.shard && 0 || 1'), errors: [{ messageId: 'falsy', line: 4 }] },
  ],
});
