import rule from '../../../src/rules/github-actions/matrix-exclude.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const job = (strategy: string): string =>
  `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    strategy:\n${strategy}    steps:\n      - run: make\n`;

ruleTester(rule, {
  valid: [
    job(
      '      matrix:\n        node: [20, 22]\n        platform: [linux, windows]\n        exclude:\n          - node: 20\n            platform: windows\n',
    ),
    // A key `include` adds may be excluded by one of the values it adds.
    job(
      '      matrix:\n        node: [20]\n        include:\n          - node: 20\n            arch: arm64\n        exclude:\n          - arch: arm64\n',
    ),
    // Objects compare by content.
    job(
      '      matrix:\n        target:\n          - { os: linux, cc: gcc }\n          - { os: mac, cc: clang }\n        exclude:\n          - target: { cc: clang, os: mac }\n',
    ),
    // A partial mapping excludes every row it is part of.
    job(
      '      matrix:\n        target:\n          - { os: linux, cc: gcc }\n          - { os: mac, cc: clang }\n        exclude:\n          - target: { os: mac }\n',
    ),
    // Values known only at run time are not judged.
    job('      matrix:\n        node: ${{ fromJSON(vars.NODES) }}\n        exclude:\n          - node: 18\n'),
    job('      matrix:\n        node: [20, 22]\n        exclude:\n          - node: ${{ vars.SKIP }}\n'),
    job('      matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}\n'),
  ],
  invalid: [
    {
      code: job('      matrix:\n        node: [20, 22]\n        exclude:\n          - nodejs: 20\n'),
      errors: [
        {
          messageId: 'unknownKey',
          line: 9,
          column: 13,
          message: /`nodejs`, which is not a key of this matrix \(keys: `node`\)/,
        },
      ],
    },
    {
      code: job(
        "      matrix:\n        node: [20, 22]\n        exclude:\n          - node: '20'\n          - node: 24\n",
      ),
      errors: [
        {
          messageId: 'unknownValue',
          line: 9,
          column: 19,
          message: /sets `node` to "20", which no row of the matrix has \(values: 20, 22\)/,
        },
        { messageId: 'unknownValue', line: 10, column: 19 },
      ],
    },
    {
      code: job(
        '      matrix:\n        target:\n          - [ubuntu, latest]\n        include:\n          - target: [ubuntu, latest]\n            toolkit: gtk\n        exclude:\n          - target: [ubuntu, "24.04"]\n          - toolkit: qt\n          - target: [ubuntu]\n',
      ),
      errors: [
        { messageId: 'unknownValue', line: 13, column: 21 },
        { messageId: 'unknownValue', line: 14, column: 22, message: /sets `toolkit` to "qt".*values: "gtk"/ },
        { messageId: 'unknownValue', line: 15, column: 21 },
      ],
    },
  ],
});

ruleTester(rule, {
  valid: [],
  invalid: [
    {
      name: 'a mapping with a key no matrix value has matches nothing',
      code: job(
        '      matrix:\n        target:\n          - { os: linux, cc: gcc }\n        exclude:\n          - target: { os: linux, arch: arm64 }\n',
      ),
      errors: [{ messageId: 'unknownValue', line: 10, column: 21 }],
    },
  ],
});
