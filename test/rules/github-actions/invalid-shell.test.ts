import rule from '../../../src/rules/github-actions/invalid-shell.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'on: push\ndefaults:\n  run:\n    shell: bash\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        shell: pwsh\n      - run: print(1)\n        shell: python\n      - run: echo\n        shell: bash -euo pipefail {0}\n',
  ],
  invalid: [
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        shell: zsh\n',
      errors: [{ messageId: 'shell', line: 7, column: 16 }],
    },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n        shell: bash -e\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'shell', line: 7, column: 16 }],
    },
    // Aliases: the rule sees what they stand for, once per use (each use is a step or job of its own).
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps: &s\n      - run: echo\n        shell: zsh\n  b:\n    runs-on: x\n    steps: *s\n',
      errors: [
        { messageId: 'shell', line: 7, column: 16 },
        { messageId: 'shell', line: 7, column: 16 },
      ],
    },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - &st\n        run: echo\n        shell: zsh\n      - *st\n',
      errors: [
        { messageId: 'shell', line: 8, column: 16 },
        { messageId: 'shell', line: 8, column: 16 },
      ],
    },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: x\n    defaults: &d\n      run:\n        shell: zsh\n    steps: [{run: echo}]\n  b:\n    runs-on: x\n    defaults: *d\n    steps: [{run: echo}]\n',
      errors: [
        { messageId: 'shell', line: 7, column: 16 },
        { messageId: 'shell', line: 7, column: 16 },
      ],
    },
  ],
});
