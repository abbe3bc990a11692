import rule from '../../../src/rules/github-actions/action-inputs.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (steps: string): string => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    wf('      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          packages-dir: wheels/\n'),
    wf(
      '      - uses: actions/checkout@v5\n        with:\n          fetch-depth: 0\n          persist-credentials: false\n',
    ),
    wf(
      '      - uses: actions/setup-java@v4\n        with:\n          distribution: temurin\n          java-version: 21\n',
    ),
    wf('      - uses: actions/checkout@v2\n        with:\n          not-checked-on-old-majors: 1\n'),
    wf('      - uses: github/codeql-action/init@v3\n        with:\n          some-new-input: 1\n'),
    wf('      - uses: someone/unknown-action@v1\n        with:\n          anything: 1\n'),
    wf('      - uses: actions/checkout@v9\n        with:\n          future-input: 1\n'),
  ],
  invalid: [
    {
      code: wf('      - uses: actions/checkout@v4\n        with:\n          fetch_depth: 0\n'),
      errors: [{ messageId: 'unknown', line: 8, column: 11, message: /Did you mean "fetch-depth"/ }],
    },
    {
      code: wf('      - uses: actions/setup-java@v4\n        with:\n          java-version: 21\n'),
      errors: [{ messageId: 'missing', line: 6, column: 15 }],
    },
    {
      code: wf(
        '      - uses: actions/cache@0123456789abcdef0123456789abcdef01234567 # v4.2.0\n        with:\n          path: x\n',
      ),
      errors: [{ messageId: 'missing', line: 6, column: 15, message: /requires the input "key"/ }],
    },
    {
      code: wf(
        '      - uses: actions/cache@v4\n        with:\n          path: x\n          key: y\n          save-always: true\n',
      ),
      errors: [{ messageId: 'deprecated', line: 10, column: 11 }],
    },
    {
      // `release/v1` names the major; the snapshot does not list every input, so only the deprecated one is reported.
      code: wf(
        '      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n          packages_dir: wheels/\n          skip-existing: true\n          custom-flag: x\n',
      ),
      errors: [
        {
          messageId: 'deprecated',
          line: 8,
          column: 11,
          message: /"packages_dir" of pypa\/gh-action-pypi-publish is deprecated: use `packages-dir`/,
        },
      ],
    },
  ],
});
