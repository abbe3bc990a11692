import rule from '../../../src/rules/dockerfile/overridden-instruction.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\nENTRYPOINT ["node"]\nCMD ["server.js"]\n',
    {
      name: 'one per stage',
      code: 'FROM node:20 AS test\nCMD ["npm", "test"]\nFROM node:20\nCMD ["node", "server.js"]\n',
    },
  ],
  invalid: [
    {
      code: 'FROM node:20\nCMD ["npm", "start"]\nCMD ["node", "server.js"]\n',
      errors: [{ messageId: 'overridden', line: 2, column: 1, endColumn: 4, message: /line 3/ }],
    },
    {
      code: 'FROM node:20\nHEALTHCHECK CMD curl -f http://localhost/\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\nHEALTHCHECK NONE\n',
      errors: [
        { messageId: 'overridden', line: 2, column: 1 },
        { messageId: 'overridden', line: 3, column: 1 },
      ],
    },
  ],
});
