import rule from '../../../src/rules/terraform/s3-public-acl.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  acl    = "private"\n}\n',
    'resource "aws_s3_bucket_acl" "b" {\n  bucket = aws_s3_bucket.b.id\n  acl    = "log-delivery-write"\n}\n',
  ],
  invalid: [
    {
      code: 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  acl    = "public-read"\n}\n',
      errors: [{ messageId: 'public', line: 3, column: 3, message: /anyone on the internet read the bucket/ }],
    },
    {
      code: 'resource "aws_s3_bucket_acl" "b" {\n  bucket = aws_s3_bucket.b.id\n  acl    = "public-read-write"\n}\n',
      errors: [{ messageId: 'public', line: 3, message: /read and write/ }],
    },
    {
      name: 'ACL from a variable default',
      code: 'variable "acl" {\n  default = "authenticated-read"\n}\nresource "aws_s3_bucket_acl" "b" {\n  acl = var.acl\n}\n',
      errors: [{ messageId: 'public', line: 5, message: /every AWS account/ }],
    },
  ],
});
