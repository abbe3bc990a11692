import rule from '../../../src/rules/terraform/s3-public-access-block.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const bucket = 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n';
const block = (settings: string): string =>
  `resource "aws_s3_bucket_public_access_block" "logs" {\n  bucket = aws_s3_bucket.logs.id\n${settings}}\n`;
const all =
  '  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n';

ruleTester(rule, {
  valid: [
    { name: 'bucket with a full block', code: bucket + block(all) },
    {
      name: 'account-wide block',
      code: `${bucket}resource "aws_s3_account_public_access_block" "all" {\n${all}}\n`,
    },
    { name: 'settings from variables without default', code: bucket + block(all.replace(/true/g, 'var.strict')) },
  ],
  invalid: [
    {
      name: 'bucket without block',
      code: bucket,
      errors: [{ messageId: 'missing', line: 1, column: 1, message: /`logs`/ }],
    },
    {
      name: 'one setting off, one left out',
      code:
        bucket +
        block(
          '  block_public_acls       = true\n  block_public_policy     = false\n  ignore_public_acls      = true\n',
        ),
      errors: [
        { messageId: 'off', line: 4, message: /`restrict_public_buckets` is not/ },
        { messageId: 'off', line: 7, column: 3, message: /`block_public_policy` is not/ },
      ],
    },
  ],
});
