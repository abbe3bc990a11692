import rule from '../../../src/rules/dockerfile/no-root-user.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\nUSER 1000\n',
    'FROM node:20\nUSER app:app\n',
    'FROM node:20\nUSER root\nRUN apt-get update\nUSER node\n',
    'FROM node:20\nUSER ${APP_UID}\n',
    {
      name: 'USER set in the stage the final one builds FROM',
      code: 'FROM node:20 AS base\nUSER node\nFROM base\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'root only in a builder stage',
      code: 'FROM golang:1.22 AS build\nUSER root\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out /app\n',
    },
    'FROM gcr.io/distroless/static-debian12:nonroot\n',
    {
      name: 'nonRootImages option',
      code: 'FROM ghcr.io/acme/base-app:1.4\n',
      options: { nonRootImages: ['ghcr.io/acme/'] },
    },
    'ARG BASE\nFROM ${BASE}\n',
  ],
  invalid: [
    { code: 'FROM node:20\nUSER root\n', errors: [{ messageId: 'explicitRoot', line: 2, column: 6, endColumn: 10 }] },
    { code: 'FROM node:20\nUSER node\nUSER 0:0\n', errors: [{ messageId: 'explicitRoot', line: 3, column: 6 }] },
    {
      code: 'FROM node:20\nCMD ["node", "server.js"]\n',
      errors: [{ messageId: 'implicitRoot', line: 1, column: 1, endColumn: 5 }],
    },
    {
      name: 'USER in a builder stage does not carry over COPY --from',
      code: 'FROM node:20 AS build\nUSER node\nFROM node:20-slim\nCOPY --from=build /app /app\n',
      errors: [{ messageId: 'implicitRoot', line: 3, column: 1 }],
    },
    {
      name: 'hadolint marker of another rule',
      code: '# hadolint ignore=DL3007\nFROM node:20\n',
      errors: [{ messageId: 'implicitRoot', line: 2 }],
    },
  ],
});
