import rule from '../../../src/rules/dockerfile/npm-ci.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
    'FROM node:20\nCOPY package.json ./\nRUN npm install\n',
    'FROM node:20\nCOPY package-lock.json ./\nRUN npm install -g pm2@5.3.1\n',
    {
      name: 'glob without a lockfile in the repository',
      code: 'FROM node:20\nCOPY package*.json ./\nRUN npm install\n',
    },
    {
      name: 'lockfile copied into another stage',
      code: 'FROM node:20 AS deps\nCOPY package-lock.json ./\nFROM node:20\nRUN npm install\n',
    },
  ],
  invalid: [
    {
      name: 'lockfile copied in the stage this one builds FROM',
      code: 'FROM node:20 AS deps\nCOPY package.json package-lock.json ./\nFROM deps\nRUN npm install\n',
      errors: [{ messageId: 'ci', line: 4, column: 9, message: /line 2/ }],
    },
    {
      name: 'lockfile copied three stages up the FROM chain',
      code: 'FROM node:20 AS deps\nCOPY package-lock.json ./\nFROM deps AS a\nRUN true\nFROM a AS b\nFROM b\nRUN npm install\n',
      errors: [{ messageId: 'ci', line: 7, column: 9, message: /line 2/ }],
    },
    {
      code: 'FROM node:20\nCOPY package.json package-lock.json ./\nRUN npm install\n',
      errors: [{ messageId: 'ci', line: 3, column: 9, endColumn: 16 }],
    },
    {
      name: 'glob with a lockfile beside the Dockerfile',
      code: 'FROM node:20\nCOPY package*.json ./\nRUN npm i --no-audit\n',
      filename: 'app/Dockerfile',
      files: { 'app/package-lock.json': '{}' },
      errors: [{ messageId: 'ci', line: 3, column: 9, message: /line 2/ }],
    },
  ],
});
