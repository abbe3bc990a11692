import rule from '../../../src/rules/terraform/s3-access-logging.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'bucket logging to a log bucket, which is not asked to log itself',
      code: 'resource "aws_s3_bucket" "app" {}\nresource "aws_s3_bucket" "logs" {}\nresource "aws_s3_bucket_logging" "app" {\n  bucket        = aws_s3_bucket.app.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "app/"\n}\n',
    },
    {
      name: 'older inline block',
      code: 'resource "aws_s3_bucket" "app" {\n  logging {\n    target_bucket = "acme-logs"\n  }\n}\n',
    },
  ],
  invalid: [
    {
      code: 'resource "aws_s3_bucket" "app" {\n  bucket = "x"\n}\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
