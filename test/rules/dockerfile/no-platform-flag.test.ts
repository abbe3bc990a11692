import rule from '../../../src/rules/dockerfile/no-platform-flag.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n',
    'ARG PLATFORM=linux/amd64\nFROM --platform=${PLATFORM} alpine:3.20\n',
    'FROM alpine:3.20\n',
  ],
  invalid: [
    {
      code: 'FROM --platform=${TARGETPLATFORM} alpine:3.20\n',
      errors: [{ messageId: 'redundant', line: 1, column: 6, endColumn: 34 }],
    },
    {
      code: 'FROM --platform=linux/amd64 alpine:3.20\n',
      errors: [{ messageId: 'hardCoded', line: 1, column: 6, endColumn: 28 }],
    },
    {
      code: 'FROM golang:1.22 AS build\nFROM --platform=linux/arm64 alpine:3.20\n',
      errors: [{ messageId: 'hardCoded', line: 2, column: 6 }],
    },
  ],
});
