import rule from '../../../src/rules/github-actions/github-env.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (on: string, steps: string): string =>
  `on: ${on}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    wf('push', '      - run: echo "A=1" >> "$GITHUB_ENV"\n'),
    wf('pull_request', '      - run: echo "$HOME/bin" >> $GITHUB_PATH\n'),
    // Text written in the workflow itself carries nothing from the untrusted run.
    wf(
      'pull_request_target',
      '      - run: |\n          echo "A=1" >> "$GITHUB_ENV"\n          printf "B=x\\nC=y\\n" >> $GITHUB_ENV\n',
    ),
    // Reading is fine.
    wf('pull_request_target', '      - run: cat "$GITHUB_ENV"\n'),
    wf('workflow_run', '      - run: echo "v=1" >> "$GITHUB_OUTPUT"\n'),
  ],
  invalid: [
    {
      code: wf('pull_request_target', '      - run: echo "A=$TITLE" >> "$GITHUB_ENV"\n'),
      errors: [{ messageId: 'write', line: 6, column: 34, endColumn: 45 }],
    },
    {
      code: wf(
        'workflow_run',
        '      - run: |\n          unzip pr.zip\n          echo "PR=$(cat pr.txt)" >> ${GITHUB_ENV}\n          echo "$PWD/bin" | tee -a $GITHUB_PATH\n',
      ),
      errors: [
        { messageId: 'write', line: 8, column: 38 },
        { messageId: 'write', line: 9, column: 36, message: /`GITHUB_PATH`/ },
      ],
    },
    {
      code: wf('workflow_run', '      - shell: pwsh\n        run: Add-Content -Path $env:GITHUB_ENV -Value "A=1"\n'),
      errors: [{ messageId: 'write', line: 7, column: 32 }],
    },
    {
      code: wf(
        'pull_request_target',
        "      - uses: actions/github-script@v7\n        with:\n          script: |\n            core.exportVariable('A', '1')\n",
      ),
      errors: [{ messageId: 'script', line: 9, column: 13 }],
    },
  ],
});
