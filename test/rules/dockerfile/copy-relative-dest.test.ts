import rule from '../../../src/rules/dockerfile/copy-relative-dest.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\nWORKDIR /app\nCOPY . .\n',
    'FROM node:20\nCOPY . /app/\n',
    { name: 'WORKDIR set in the stage this one builds FROM', code: 'FROM node:20 AS base\nWORKDIR /app\nFROM base\nCOPY package.json ./\n' },
    'FROM node:20\nCOPY app.js $APP_HOME/\n',
  ],
  invalid: [
    { code: 'FROM node:20\nCOPY package.json ./\nWORKDIR /app\n', errors: [{ messageId: 'noWorkdir', line: 2, column: 19, endColumn: 21 }] },
    { code: 'FROM node:20 AS build\nWORKDIR /app\nFROM node:20\nCOPY --from=build /app/dist dist\n', errors: [{ messageId: 'noWorkdir', line: 4, column: 29 }] },
  ],
});
