import rule from '../../../src/rules/dockerfile/copy-dest-trailing-slash.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\nCOPY package.json package-lock.json ./\n',
    'FROM node:20\nCOPY package.json /app/package.json\n',
    'FROM node:20\nCOPY ["a.txt", "b.txt", "/data/"]\n',
    'FROM node:20\nCOPY a b $DEST\n',
  ],
  invalid: [
    {
      code: 'FROM node:20\nCOPY package.json package-lock.json /app\n',
      errors: [{ messageId: 'slash', line: 2, column: 37, endColumn: 41, message: /"\/app\/"/ }],
    },
    { code: 'FROM node:20\nADD ["a.txt", "b.txt", "/data"]\n', errors: [{ messageId: 'slash', line: 2, column: 25 }] },
  ],
});
