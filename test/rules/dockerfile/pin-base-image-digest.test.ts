import rule from '../../../src/rules/dockerfile/pin-base-image-digest.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const digest = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

ruleTester(rule, {
  valid: [
    `FROM node:20.11-alpine@${digest}\n`,
    'FROM scratch\n',
    `FROM golang:1.22@${digest} AS build\nFROM build\n`,
    'ARG BASE\nFROM ${BASE}\n',
  ],
  invalid: [
    { code: 'FROM node:20.11-alpine\n', errors: [{ messageId: 'digest', line: 1, column: 6, endColumn: 23 }] },
    {
      code: `ARG TAG=1.27\nFROM nginx:\${TAG}\n`,
      errors: [{ messageId: 'digest', line: 2, column: 6, message: /"nginx:1\.27"/ }],
    },
    {
      name: 'the image word, not the stage name',
      code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n',
      errors: [{ messageId: 'digest', line: 1, column: 32, endColumn: 43 }],
    },
  ],
});
