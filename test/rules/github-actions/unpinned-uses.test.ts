import rule from '../../../src/rules/github-actions/unpinned-uses.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const step = (uses: string): string =>
  `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${uses}\n`;
const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11';

ruleTester(rule, {
  valid: [
    step('actions/checkout@v4'),
    step('github/codeql-action/init@v3.27.0'),
    step(`docker/setup-buildx-action@${SHA} # v3.7.1`),
    step('./.github/actions/setup'),
    step('docker://alpine@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'),
    { code: step('my-org/tools@v2'), options: { policies: { 'my-org/*': 'tag' } } },
    { code: step('my-org/tools@main'), options: { policies: { 'my-org/tools': 'any' } } },
    'on: push\njobs:\n  call:\n    uses: ./.github/workflows/build.yml\n',
    `on: push\njobs:\n  call:\n    uses: octo/shared/.github/workflows/build.yml@${SHA}\n`,
  ],
  invalid: [
    {
      code: step('docker/setup-buildx-action@v3'),
      errors: [{ messageId: 'notSha', line: 6, column: 15, endColumn: 44 }],
    },
    { code: step('actions/checkout@main'), errors: [{ messageId: 'branch', line: 6, column: 15 }] },
    { code: step('actions/checkout'), errors: [{ messageId: 'unpinned', line: 6, column: 15 }] },
    { code: step('docker/login-action@a1b2c3d'), errors: [{ messageId: 'notSha', line: 6 }] },
    {
      code: step('actions/checkout@v4'),
      options: { policies: { 'actions/*': 'sha' } },
      errors: [{ messageId: 'notSha', line: 6 }],
    },
    { code: step('docker://alpine'), errors: [{ messageId: 'dockerUnpinned', line: 6 }] },
    { code: step('docker://alpine:3.20'), errors: [{ messageId: 'dockerTag', line: 6 }] },
    {
      code: 'on: push\njobs:\n  call:\n    uses: octo/shared/.github/workflows/build.yml@main\n',
      errors: [{ messageId: 'branch', line: 4, column: 11 }],
    },
    {
      filename: 'action.yml',
      code: 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - uses: some/action@v1\n',
      errors: [{ messageId: 'notSha', line: 6, column: 13 }],
    },
  ],
});
