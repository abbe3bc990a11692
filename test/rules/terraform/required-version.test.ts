import rule from '../../../src/rules/terraform/required-version.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: ['terraform {\n  required_version = ">= 1.6, < 2.0"\n}\n', { name: 'empty file', code: '' }],
  invalid: [
    {
      name: 'terraform block without required_version',
      code: 'resource "null_resource" "x" {}\nterraform {\n  required_providers {}\n}\n',
      errors: [{ messageId: 'missing', line: 2, column: 1, endColumn: 10 }],
    },
    {
      name: 'no terraform block: reported at the first block',
      code: 'variable "name" {}\nresource "null_resource" "x" {}\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 16 }],
    },
  ],
});
