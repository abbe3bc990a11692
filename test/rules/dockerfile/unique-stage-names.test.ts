import rule from '../../../src/rules/dockerfile/unique-stage-names.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: ['FROM golang:1.22 AS build\nFROM alpine:3.20 AS run\n', 'FROM golang:1.22\nFROM alpine:3.20\n'],
  invalid: [
    {
      code: 'FROM golang:1.22 AS build\nFROM node:20 as BUILD\n',
      errors: [{ messageId: 'duplicate', line: 2, column: 17, endColumn: 22, message: /line 1/ }],
    },
    {
      code: 'FROM golang:1.22 AS build\nFROM --platform=$BUILDPLATFORM node:20 AS build\n',
      errors: [{ messageId: 'duplicate', line: 2, column: 43 }],
    },
  ],
});
