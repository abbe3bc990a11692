import rule from '../../../src/rules/dockerfile/numeric-user.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nUSER 10001\n',
    'FROM debian:12\nUSER 10001:10001\n',
    'FROM debian:12\nARG UID=10001\nUSER $UID\n',
    { name: 'root is docker/no-root-user', code: 'FROM debian:12\nUSER root\n' },
    { name: 'a builder stage', code: 'FROM debian:12 AS build\nUSER builder\nFROM debian:12\nUSER 10001\n' },
    { name: 'an ONBUILD trigger', code: 'FROM debian:12\nUSER 10001\nONBUILD USER app\n' },
  ],
  invalid: [
    { code: 'FROM debian:12\nUSER app\n', errors: [{ messageId: 'name', line: 2, column: 6, endColumn: 9 }] },
    {
      code: 'FROM debian:12\nUSER node:node\n',
      errors: [{ messageId: 'name', line: 2, column: 6, message: /`USER node`/ }],
    },
  ],
});
