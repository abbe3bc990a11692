import rule from '../../../src/rules/github-actions/deprecated-command.js';
import { applyFixes } from '../../../src/fix/edits.js';
import { ruleTester, runRule } from '../../helpers/rule-tester.js';

const run = (script: string): string =>
  `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${script}\n`;

ruleTester(rule, {
  valid: [run('echo "v=1" >> "$GITHUB_OUTPUT"'), run('echo "::notice::hello"'), run('echo "::add-mask::$TOKEN"')],
  invalid: [
    {
      code: run('echo "::set-output name=v::1"'),
      errors: [{ messageId: 'command', line: 6, column: 20, endColumn: 32 }],
    },
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

describe('fix', () => {
  const fixed = (code: string): string =>
    applyFixes(
      code,
      runRule(rule, { code }).flatMap((finding) => (finding.fix ? [finding.fix] : [])),
    ).text;

  test('rewrites simple set-output and save-state echoes to the files', () => {
    expect(fixed(run('echo "::set-output name=version::1.2.3"'))).toBe(run('echo "version=1.2.3" >> "$GITHUB_OUTPUT"'));
    expect(fixed(run("|\n          echo ok\n          echo '::save-state name=pid::42'"))).toBe(
      run('|\n          echo ok\n          echo \'pid=42\' >> "$GITHUB_STATE"'),
    );
  });

  test('leaves anything else for a person', () => {
    const code = run('echo "::set-output name=list::$(ls | tr "\\n" " ")"');
    expect(fixed(code)).toBe(code);
    expect(fixed(run('echo "::add-path::/opt/bin"'))).toBe(run('echo "::add-path::/opt/bin"'));
  });
});
