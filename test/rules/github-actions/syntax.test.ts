import rule from '../../../src/rules/github-actions/syntax.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
    { code: 'name: x\ndescription: y\nruns:\n  using: node24\n  main: index.js\n', filename: 'action.yml' },
    { name: 'YAML 1.1 directive: `on` is still the trigger key', code: '%YAML 1.1\n---\non: push\njobs: {}\n' },
  ],
  invalid: [
    { code: 'on: push\njobs:\n  a: [\n', errors: [{ messageId: 'syntax', line: 4, column: 1 }] },
    { code: '', errors: [{ messageId: 'syntax', line: 1, column: 1, message: /the file is empty/ }] },
    { code: '- on: push\n', errors: [{ messageId: 'syntax', line: 1, column: 1, message: /must be a mapping/ }] },
    { code: 'on: push\non: pull_request\n', errors: [{ messageId: 'syntax', line: 2, column: 1, message: /unique/ }] },
    {
      code: 'on: push\n---\njobs: {}\n',
      errors: [{ messageId: 'syntax', line: 2, column: 1, message: /more than one YAML document/ }],
    },
    { code: 'on: push\njobs:\n  a:\n    run: "unterminated\n', errors: [{ messageId: 'syntax', line: 5, column: 1 }] },
  ],
});
