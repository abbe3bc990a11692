import rule from '../../../src/rules/terraform/s3-encryption.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\nresource "aws_s3_bucket_server_side_encryption_configuration" "b" {\n  bucket = aws_s3_bucket.b.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n  }\n}\n',
    'resource "aws_s3_bucket" "b" {\n  server_side_encryption_configuration {\n    rule {\n      apply_server_side_encryption_by_default {\n        sse_algorithm = "AES256"\n      }\n    }\n  }\n}\n',
  ],
  invalid: [
    {
      code: 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 29 }],
    },
    {
      name: 'configuration of another bucket',
      code: 'resource "aws_s3_bucket" "a" {}\nresource "aws_s3_bucket" "b" {}\nresource "aws_s3_bucket_server_side_encryption_configuration" "a" {\n  bucket = aws_s3_bucket.a.id\n}\n',
      errors: [{ messageId: 'missing', line: 2 }],
    },
  ],
});
