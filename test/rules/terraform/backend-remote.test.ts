import rule from '../../../src/rules/terraform/backend-remote.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'S3 backend',
      code: 'terraform {\n  backend "s3" {\n    bucket = "state"\n  }\n}\nprovider "aws" {}\n',
    },
    { name: 'HCP Terraform', code: 'terraform {\n  cloud {\n    organization = "acme"\n  }\n}\nprovider "aws" {}\n' },
    {
      name: 'a reusable module configures no provider and needs no backend',
      code: 'resource "aws_s3_bucket" "logs" {\n  bucket = var.name\n}\n',
    },
  ],
  invalid: [
    {
      name: 'root module without backend: reported at its terraform block',
      code: 'provider "aws" {}\nterraform {\n  required_version = ">= 1.6"\n}\n',
      errors: [{ messageId: 'missing', line: 2, column: 1, endColumn: 10 }],
    },
    {
      name: 'root module without terraform block: reported at its first block',
      code: 'provider "aws" {\n  region = "eu-west-1"\n}\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 15 }],
    },
    {
      name: 'local backend',
      code: 'terraform {\n  backend "local" {\n    path = "state.tfstate"\n  }\n}\nprovider "aws" {}\n',
      errors: [{ messageId: 'local', line: 2, column: 3 }],
    },
  ],
});
