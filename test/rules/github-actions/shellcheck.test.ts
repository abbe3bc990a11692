import rule, { resetShellcheckNotice } from '../../../src/rules/github-actions/shellcheck.js';
import { setShellcheckAvailable } from '../../../src/rules/github-actions/support/shellcheck.js';
import { ruleTester, runRule } from '../../helpers/rule-tester.js';

const wf = (step: string, runsOn = 'ubuntu-latest'): string => `on: push\njobs:\n  a:\n    runs-on: ${runsOn}\n    steps:\n${step}`;

ruleTester(rule, {
  valid: [
    wf('      - run: echo "${{ github.sha }}" ${{ github.ref }}\n'),
    wf("      - run: echo '${{ github.sha }}'\n"),
    wf('      - run: |\n          set -euo pipefail\n          echo "$HOME" >> "$GITHUB_OUTPUT"\n'),
    wf('      - run: Write-Output $env:HOME\n', 'windows-latest'),
    wf('      - run: print("x")\n        shell: python\n'),
    wf('      - run: echo $TOKEN\n', '${{ matrix.os }}'),
  ],
  invalid: [
    {
      code: wf('      - run: |\n          echo ok\n          cd $DIR\n          for f in $(ls *.txt); do echo "$f"; done\n'),
      errors: [
        { line: 8, column: 11, endColumn: 18, message: /^SC2164: / },
        { line: 8, column: 14, endColumn: 18, message: /^SC2086: / },
        { line: 9, column: 20, endColumn: 31, message: /^SC2045: / },
        { line: 9, column: 25, message: /^SC2035: / },
      ],
    },
    { code: wf('      - run: echo ${{ github.ref }} $X\n'), errors: [{ line: 6, column: 37, endColumn: 39, message: /^SC2086: / }] },
    {
      code: wf('      - run: "[ \\"$a\\" == b ]"\n        shell: sh\n'),
      errors: [{ line: 6, column: 22, message: /^SC3014: In POSIX sh, == in place of = is undefined/ }],
    },
    {
      code: 'name: a\nruns:\n  using: composite\n  steps:\n    - run: |\n        rm -rf $D/\n      shell: bash\n',
      filename: 'action.yml',
      errors: [
        { line: 6, column: 16, endColumn: 19, message: /^SC2115: / },
        { line: 6, column: 16, endColumn: 18, message: /^SC2086: / },
      ],
    },
  ],
});

describe('without shellcheck on PATH', () => {
  beforeAll(() => {
    setShellcheckAvailable(false);
    resetShellcheckNotice();
  });
  afterAll(() => setShellcheckAvailable(undefined));

  test('reports one note for the whole run, nothing else', () => {
    const code = wf('      - run: cd $DIR\n');
    const first = runRule(rule, { code });
    expect(first.map((f) => [f.ruleId, f.severity, f.span.line, f.span.column, f.message])).toEqual([
      ['gha/shellcheck', 'note', 6, 14, 'shellcheck is not installed, so run scripts were not checked (install it, e.g. `apt-get install shellcheck`).'],
    ]);
    expect(runRule(rule, { code })).toEqual([]);
  });
});
