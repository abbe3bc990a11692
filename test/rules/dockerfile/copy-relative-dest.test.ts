import rule from '../../../src/rules/dockerfile/copy-relative-dest.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\nWORKDIR /app\nCOPY . .\n',
    'FROM node:20\nCOPY . /app/\n',
    {
      name: 'WORKDIR set in the stage this one builds FROM',
      code: 'FROM node:20 AS base\nWORKDIR /app\nFROM base\nCOPY package.json ./\n',
    },
    'FROM node:20\nCOPY app.js $APP_HOME/\n',
    {
      name: 'WORKDIR two stages up the FROM chain',
      code: 'FROM node:20 AS a\nWORKDIR /app\nFROM a AS b\nRUN true\nFROM b\nCOPY . .\n',
    },
  ],
  invalid: [
    {
      code: 'FROM node:20\nCOPY package.json ./\nWORKDIR /app\n',
      errors: [{ messageId: 'noWorkdir', line: 2, column: 19, endColumn: 21 }],
    },
    {
      code: 'FROM node:20 AS build\nWORKDIR /app\nFROM node:20\nCOPY --from=build /app/dist dist\n',
      errors: [{ messageId: 'noWorkdir', line: 4, column: 29 }],
    },
    {
      name: 'a WORKDIR in a sibling stage does not count',
      code: 'FROM node:20 AS a\nFROM a AS b\nWORKDIR /app\nFROM a\nCOPY x ./\n',
      errors: [{ messageId: 'noWorkdir', line: 5, column: 8 }],
    },
    {
      name: 'each COPY before the first WORKDIR of a long stage',
      code: `FROM node:20\n${'RUN true\n'.repeat(50)}COPY a ./\nWORKDIR /app\nCOPY b ./\n`,
      errors: [{ messageId: 'noWorkdir', line: 52, column: 8 }],
    },
  ],
});
