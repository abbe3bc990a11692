import rule from '../../../src/rules/github-actions/ref-version-mismatch.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const A = 'b4ffde65f46336ab88eb53be808477a3936bae11';
const B = '11bd71901bbe5b1630ceea73d27597364c9af683';
const steps = (...uses: string[]): string => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${uses.map((u) => `      - uses: ${u}\n`).join('')}`;

ruleTester(rule, {
  valid: [
    steps(`actions/checkout@${A} # v4.1.1`, `actions/checkout@${A} # v4.1.1`),
    steps('actions/checkout@v4 # v4.1.1', 'actions/setup-node@v4.0.2 # v4'),
    // Different actions may share a version.
    steps(`actions/checkout@${A} # v4.1.1`, `actions/setup-node@${B} # v4.1.1`),
    // A SHA commented with a major and one with the full version of the same release line.
    steps(`actions/checkout@${A} # v4`, `actions/checkout@${B} # v4.2.0`),
    steps('actions/checkout@main # tracking the branch on purpose'),
  ],
  invalid: [
    { code: steps('actions/checkout@v3 # v4.1.1'), errors: [{ messageId: 'tag', line: 6, column: 15 }] },
    {
      code: steps(`actions/checkout@${A} # v4.1.1`, `actions/checkout@${A} # v4.2.2`),
      errors: [{ messageId: 'sameShaTwoVersions', line: 7, column: 15, message: /`# v4\.1\.1` on line 6/ }],
    },
    {
      code: steps(`actions/checkout@${A} # v4.2.2`, `actions/checkout@${B} # v4.2.2`),
      errors: [{ messageId: 'sameVersionTwoShas', line: 7, message: /on line 6/ }],
    },
  ],
});
