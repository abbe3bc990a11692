import rule from '../../../src/rules/terraform/resource-tags.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const aws = 'provider "aws" {\n  region = "eu-west-1"\n}\n';
const withDefaults = 'provider "aws" {\n  default_tags {\n    tags = {\n      Owner = "platform"\n    }\n  }\n}\n';

ruleTester(rule, {
  valid: [
    { code: `${aws}resource "aws_s3_bucket" "b" {\n  tags = {\n    Owner = "platform"\n  }\n}\n` },
    { name: 'default_tags', code: `${withDefaults}resource "aws_s3_bucket" "b" {}\n` },
    { name: 'reusable module: the caller sets default_tags', code: 'resource "aws_s3_bucket" "b" {}\n' },
    {
      name: 'tags from a variable without default',
      code: `${aws}resource "aws_s3_bucket" "b" {\n  tags = var.tags\n}\n`,
    },
    { name: 'not taggable', code: `${aws}resource "aws_s3_bucket_policy" "p" {}\n` },
    {
      name: 'required keys between default and own tags',
      code: `${withDefaults}resource "aws_vpc" "v" {\n  tags = merge(local.common, { Name = "main" })\n}\nlocals {\n  common = { Team = "core" }\n}\n`,
      options: { keys: ['Owner', 'Team', 'Name'] },
    },
  ],
  invalid: [
    { code: `${aws}resource "aws_s3_bucket" "b" {}\n`, errors: [{ messageId: 'untagged', line: 4, column: 1 }] },
    {
      name: 'Azure resource without tags',
      code: 'resource "azurerm_resource_group" "rg" {\n  name     = "app"\n  location = "westeurope"\n}\n',
      errors: [{ messageId: 'untagged', line: 1 }],
    },
    {
      name: 'required keys missing',
      code: `${withDefaults}resource "aws_vpc" "v" {\n  tags = {\n    Name = "main"\n  }\n}\n`,
      options: { keys: ['Owner', 'CostCenter', 'Environment'] },
      errors: [{ messageId: 'missingKeys', line: 9, column: 3, message: /tags `CostCenter`, `Environment`/ }],
    },
  ],
});
