import rule from '../../../src/rules/github-actions/job-needs.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const job = (id: string, needs?: string): string =>
  `  ${id}:\n    runs-on: ubuntu-latest\n${needs ? `    needs: ${needs}\n` : ''}    steps:\n      - run: echo\n`;

ruleTester(rule, {
  valid: [
    `on: push\njobs:\n${job('build')}${job('test', 'build')}${job('deploy', '[build, test]')}`,
    `on: push\njobs:\n${job('a')}${job('b', 'a')}${job('c', '[a, b]')}`,
  ],
  invalid: [
    {
      code: `on: push\njobs:\n${job('build')}${job('test', 'biuld')}`,
      errors: [{ messageId: 'unknown', line: 9, column: 12 }],
    },
    { code: `on: push\njobs:\n${job('build', 'build')}`, errors: [{ messageId: 'self', line: 5, column: 12 }] },
    {
      code: `on: push\njobs:\n${job('build')}${job('test', '[build, build]')}`,
      errors: [{ messageId: 'duplicate', line: 9, column: 20 }],
    },
    {
      code: `on: push\njobs:\n${job('a', 'c')}${job('b', 'a')}${job('c', 'b')}`,
      errors: [{ messageId: 'cycle', line: 10, column: 12, message: /a → c → b → a|c → b → a → c|b → a → c → b/ }],
    },
  ],
});
