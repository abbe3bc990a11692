import rule from '../../../src/rules/dockerfile/yarn-cache-clean.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20-alpine\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
    'FROM node:20-alpine\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n',
    'FROM node:20-alpine AS deps\nRUN yarn install --frozen-lockfile\nFROM node:20-alpine\n',
    'FROM node:20-alpine\nRUN yarn build\n',
  ],
  invalid: [
    {
      code: 'FROM node:20-alpine\nRUN yarn install --frozen-lockfile\n',
      errors: [{ messageId: 'cache', line: 2, column: 10, endColumn: 17 }],
    },
    {
      code: 'FROM node:20-alpine\nRUN yarn --production\n',
      errors: [{ messageId: 'cache', line: 2, column: 5, message: /yarn install/ }],
    },
  ],
});
