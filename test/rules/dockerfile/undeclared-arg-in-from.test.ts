import rule from '../../../src/rules/dockerfile/undeclared-arg-in-from.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-slim\n',
    'ARG BASE\nFROM $BASE\n',
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n',
    'FROM alpine:3.20\nARG VERSION=1\nRUN echo $VERSION\n',
  ],
  invalid: [
    {
      code: 'FROM node:${NODE_VERSION}-slim\n',
      errors: [{ messageId: 'undeclared', line: 1, column: 11, endColumn: 26 }],
    },
    {
      name: 'an ARG inside a stage does not count for later FROM lines',
      code: 'FROM alpine:3.20 AS base\nARG TAG=3.20\nFROM alpine:$TAG\n',
      errors: [{ messageId: 'undeclared', line: 3, column: 13 }],
    },
    { code: 'FROM --platform=$PLATFORM alpine:3.20\n', errors: [{ messageId: 'undeclared', line: 1, column: 17 }] },
  ],
});
