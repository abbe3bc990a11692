import rule from '../../../src/rules/dockerfile/final-stage-healthcheck.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80\nHEALTHCHECK CMD curl -fsS http://localhost/ || exit 1\n',
    'FROM nginx:1.27\nEXPOSE 80\nHEALTHCHECK NONE\n',
    { name: 'not a service', code: 'FROM alpine:3.20\nENTRYPOINT ["jq"]\n' },
    { name: 'distroless', code: 'FROM golang:1.22 AS build\nFROM gcr.io/distroless/static:nonroot\nEXPOSE 8080\n' },
    { name: 'scratch', code: 'FROM scratch\nCOPY app /app\nEXPOSE 8080\n' },
    {
      name: 'inherited through FROM',
      code: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/\nFROM base\nEXPOSE 80\n',
    },
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80 443\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 5, message: /port 80 / }],
    },
    {
      name: 'healthcheck only in a builder stage',
      code: 'FROM node:20 AS build\nHEALTHCHECK CMD true\nFROM node:20-slim\nEXPOSE 3000\n',
      errors: [{ messageId: 'missing', line: 3, column: 1 }],
    },
  ],
});
