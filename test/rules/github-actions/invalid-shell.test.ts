import rule from '../../../src/rules/github-actions/invalid-shell.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'on: push\ndefaults:\n  run:\n    shell: bash\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        shell: pwsh\n      - run: print(1)\n        shell: python\n      - run: echo\n        shell: bash -euo pipefail {0}\n',
  ],
  invalid: [
    { code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        shell: zsh\n', errors: [{ messageId: 'shell', line: 7, column: 16 }] },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n        shell: bash -e\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'shell', line: 7, column: 16 }],
    },
  ],
});
