import rule from '../../../src/rules/dockerfile/reserved-stage-name.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: ['FROM alpine:3.20 AS build\nFROM scratch\nCOPY --from=build /x /x\n', 'FROM alpine:3.20 AS scratchpad\n'],
  invalid: [
    { code: 'FROM alpine:3.20 AS scratch\n', errors: [{ messageId: 'reserved', line: 1, column: 21, endColumn: 28 }] },
    {
      code: 'FROM alpine:3.20 as Context\n',
      errors: [{ messageId: 'reserved', line: 1, column: 21, message: /"context"/ }],
    },
  ],
});
