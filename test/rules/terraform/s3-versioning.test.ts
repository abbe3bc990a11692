import rule from '../../../src/rules/terraform/s3-versioning.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\nresource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
    {
      name: 'older inline block',
      code: 'resource "aws_s3_bucket" "b" {\n  versioning {\n    enabled = true\n  }\n}\n',
    },
    {
      name: 'for_each buckets and their versioning',
      code: 'resource "aws_s3_bucket" "b" {\n  for_each = toset(["a", "b"])\n  bucket   = each.key\n}\nresource "aws_s3_bucket_versioning" "b" {\n  for_each = aws_s3_bucket.b\n  bucket   = aws_s3_bucket.b[each.key].id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
    },
  ],
  invalid: [
    {
      code: 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
    {
      name: 'inline versioning off',
      code: 'resource "aws_s3_bucket" "b" {\n  versioning {\n    enabled = false\n  }\n}\n',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'suspended',
      code: 'resource "aws_s3_bucket" "b" {}\nresource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration {\n    status = "Suspended"\n  }\n}\n',
      errors: [{ messageId: 'suspended', line: 5, column: 5, message: /`Suspended`/ }],
    },
  ],
});
