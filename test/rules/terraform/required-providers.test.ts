import rule from '../../../src/rules/terraform/required-providers.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const declared =
  'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.40"\n    }\n  }\n}\n';

ruleTester(rule, {
  valid: [
    {
      name: 'declared with source and version',
      code: `${declared}resource "aws_s3_bucket" "b" {}\nprovider "aws" {}\n`,
    },
    {
      name: 'older shorthand',
      code: 'terraform {\n  required_providers {\n    aws = "~> 5.40"\n  }\n}\nresource "aws_vpc" "v" {}\n',
    },
    { name: 'built-in provider', code: 'resource "terraform_data" "x" {}\n' },
    {
      name: 'provider meta-argument names a declared provider',
      code: `${declared}resource "random_id" "x" {\n  provider = aws.west\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'undeclared provider, once at its first use',
      code: 'resource "aws_s3_bucket" "a" {}\nresource "aws_s3_bucket" "b" {}\ndata "aws_caller_identity" "me" {}\n',
      errors: [{ messageId: 'undeclared', line: 1, column: 1, message: /Provider `aws` is not in/ }],
    },
    {
      name: 'declared without version',
      code: 'terraform {\n  required_providers {\n    aws = {\n      source = "hashicorp/aws"\n    }\n  }\n}\nresource "aws_vpc" "v" {}\n',
      errors: [{ messageId: 'unversioned', line: 3, column: 5 }],
    },
    {
      name: 'two providers, one declared',
      code: `${declared}resource "aws_vpc" "v" {}\nresource "google_storage_bucket" "b" {}\n`,
      errors: [{ messageId: 'undeclared', line: 10, message: /`google`/ }],
    },
  ],
});
