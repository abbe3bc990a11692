import rule from '../../../src/rules/github-actions/local-action-inputs.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const action =
  'name: setup\ninputs:\n  version:\n    required: true\n  cache:\n    default: "true"\n  token:\n    required: true\n    default: ${{ github.token }}\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n';
const files = { '.github/actions/setup/action.yml': action };
const wf = (step: string): string =>
  `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n${step}`;

ruleTester(rule, {
  valid: [
    {
      code: wf('      - uses: ./.github/actions/setup\n        with:\n          version: 20\n          Cache: false\n'),
      files,
    },
    { code: wf('      - uses: ./.github/actions/missing\n        with:\n          anything: 1\n'), files },
    { code: wf('      - uses: ./.github/actions/setup/\n        with:\n          version: 20\n'), files },
  ],
  invalid: [
    {
      code: wf('      - uses: ./.github/actions/setup\n'),
      files,
      errors: [{ messageId: 'missing', line: 7, column: 15 }],
    },
    {
      code: wf('      - uses: ./.github/actions/setup\n        with:\n          version: 20\n          verison: 21\n'),
      files,
      errors: [{ messageId: 'unknown', line: 10, column: 11, message: /Did you mean "version"/ }],
    },
  ],
});
