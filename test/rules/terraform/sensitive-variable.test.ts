import rule from '../../../src/rules/terraform/sensitive-variable.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n',
    'variable "password_length" {\n  type = number\n}\n',
    'variable "enable_password" {\n  type = bool\n}\n',
    'variable "secret_arn" {\n  type = string\n}\n',
  ],
  invalid: [
    { code: 'variable "db_password" {\n  type = string\n}\n', errors: [{ messageId: 'unmarked', line: 1, column: 1 }] },
    {
      name: 'marked not sensitive',
      code: 'variable "api_token" {\n  type      = string\n  sensitive = false\n}\n',
      errors: [{ messageId: 'unmarked', line: 3, column: 3 }],
    },
  ],
});
