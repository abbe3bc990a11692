import rule from '../../../src/rules/dockerfile/yarn-cache-clean.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20-alpine\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
    'FROM node:20-alpine\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n',
    'FROM node:20-alpine AS deps\nRUN yarn install --frozen-lockfile\nFROM node:20-alpine\n',
    'FROM node:20-alpine\nRUN yarn build\n',
    'FROM node:20-alpine\nRUN sh -c "yarn add left-pad@1.3.0 && yarn cache clean --all"\n',
  ],
  invalid: [
    {
      name: 'a cache clean before the install does not count',
      code: 'FROM node:20-alpine\nRUN yarn cache clean && yarn install --frozen-lockfile\n',
      errors: [{ messageId: 'cache', line: 2, column: 30 }],
    },
    {
      name: 'the last install is the one that needs the clean',
      code: 'FROM node:20-alpine\nRUN yarn install && yarn cache clean && yarn add left-pad@1.3.0\n',
      errors: [{ messageId: 'cache', line: 2, column: 46, message: /yarn add/ }],
    },
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
