import rule from '../../../src/rules/terraform/syntax.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
    { name: 'comments of all three kinds', code: '# a\n// b\n/* c */\nlocals {\n  a = 1 # d\n}\n' },
    { name: 'empty file', code: '' },
  ],
  invalid: [
    {
      name: 'attribute without a value',
      code: 'resource "aws_s3_bucket" "logs" {\n  bucket = \n}\n',
      errors: [{ messageId: 'syntax', line: 2, column: 3 }],
    },
    {
      name: 'block never closed',
      code: 'locals {\n  a = 1\n',
      errors: [{ messageId: 'syntax', line: 3, message: 'HCL syntax: missing `}`' }],
    },
    {
      name: 'stray brace',
      code: 'locals {\n  a = 1\n}\n}\n',
      errors: [{ messageId: 'syntax', line: 4, column: 1, message: 'HCL syntax: unexpected `}`' }],
    },
  ],
});
