import rule from '../../../src/rules/github-actions/deprecated-command.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const run = (script: string): string => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${script}\n`;

ruleTester(rule, {
  valid: [run('echo "v=1" >> "$GITHUB_OUTPUT"'), run('echo "::notice::hello"'), run('echo "::add-mask::$TOKEN"')],
  invalid: [
    { code: run('echo "::set-output name=v::1"'), errors: [{ messageId: 'command', line: 6, column: 20, endColumn: 32 }] },
    {
      code: run('|\n          echo ok\n          echo "::save-state name=x::1"\n          echo "::add-path::/opt/bin"'),
      errors: [
        { messageId: 'command', line: 8, column: 17 },
        { messageId: 'command', line: 9, column: 17 },
      ],
    },
    {
      code: 'name: a\nruns:\n  using: composite\n  steps:\n    - run: echo "::set-env name=A::1"\n      shell: bash\n',
      filename: 'action.yml',
      errors: [{ messageId: 'command', line: 5, column: 18 }],
    },
  ],
});
