import rule from '../../../src/rules/github-actions/misfeature.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const job = (steps: string): string => `on: push\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    job(
      '      - run: ./build.ps1\n        shell: pwsh\n      - uses: actions/setup-python@v5\n        with:\n          python-version: 3.13\n',
    ),
    'on: push\ndefaults:\n  run:\n    shell: bash\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
  ],
  invalid: [
    { code: job('      - run: build.bat\n        shell: CMD\n'), errors: [{ messageId: 'cmd', line: 7, column: 16 }] },
    {
      code: 'on: push\ndefaults:\n  run:\n    shell: cmd\njobs:\n  a:\n    runs-on: windows-latest\n    defaults:\n      run:\n        shell: cmd\n    steps:\n      - run: dir\n',
      errors: [
        { messageId: 'cmd', line: 4, column: 12 },
        { messageId: 'cmd', line: 10, column: 16 },
      ],
    },
    {
      code: job('      - uses: actions/setup-python@v6\n        with:\n          pip-install: requests\n'),
      errors: [{ messageId: 'pipInstall', line: 8, column: 24 }],
    },
  ],
});
