import rule from '../../../src/rules/terraform/deprecated-interpolation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'provider "aws" {\n  region = var.region\n}\n',
    'resource "aws_s3_bucket" "b" {\n  bucket = "logs-${var.env}"\n}\n',
    { name: 'heredoc with one interpolation', code: 'locals {\n  a = <<EOT\n${var.x}\nEOT\n}\n' },
  ],
  invalid: [
    {
      code: 'provider "aws" {\n  region = "${var.region}"\n}\n',
      errors: [{ messageId: 'wrapped', line: 2, column: 12, endColumn: 27, message: /takes `var.region` as it is/ }],
    },
    {
      name: 'nested block',
      code: 'resource "aws_lambda_function" "f" {\n  environment {\n    variables = "${local.env}"\n  }\n}\n',
      errors: [{ messageId: 'wrapped', line: 3, column: 17 }],
    },
  ],
});
