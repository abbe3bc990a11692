import rule from '../../../src/rules/dockerfile/exec-form-cmd.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\nCMD ["node", "server.js"]\n',
    'FROM node:20\nCMD exec node server.js\n',
    'FROM node:20\nCMD ./migrate.sh && exec node server.js --port "$PORT"\n',
    { name: 'builder stage', code: 'FROM node:20 AS test\nCMD npm test\nFROM node:20\nCMD ["node", "server.js"]\n' },
  ],
  invalid: [
    {
      code: 'FROM node:20\nCMD node server.js\n',
      errors: [{ messageId: 'shellForm', line: 2, column: 5, endColumn: 19, message: /CMD \["node", "server.js"\]/ }],
    },
    {
      code: "FROM node:20\nENTRYPOINT ['node', 'server.js']\n",
      errors: [{ messageId: 'invalidJson', line: 2, column: 12 }],
    },
    {
      code: 'FROM node:20\nCMD node server.js --port "$PORT"\n',
      errors: [{ messageId: 'shellFeatures', line: 2, column: 5 }],
    },
    {
      code: 'FROM node:20\nENTRYPOINT node \\\n  server.js\n',
      errors: [{ messageId: 'shellForm', line: 2, column: 12, endLine: 3 }],
    },
  ],
});
