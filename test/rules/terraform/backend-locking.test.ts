import rule from '../../../src/rules/terraform/backend-locking.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const s3 = (body: string): string => `terraform {\n  backend "s3" {\n    bucket = "state"\n${body}  }\n}\n`;

ruleTester(rule, {
  valid: [
    { name: 'S3 lock file', code: s3('    use_lockfile = true\n') },
    { name: 'S3 with a DynamoDB table', code: s3('    dynamodb_table = "locks"\n') },
    { name: 'partial configuration, completed at init', code: 'terraform {\n  backend "s3" {}\n}\n' },
    { name: 'GCS locks by itself', code: 'terraform {\n  backend "gcs" {\n    bucket = "state"\n  }\n}\n' },
    { name: 'azurerm locks by itself', code: 'terraform {\n  backend "azurerm" {}\n}\n' },
    {
      name: 'http with a lock address',
      code: 'terraform {\n  backend "http" {\n    address = "https://s/x"\n    lock_address = "https://s/x/lock"\n  }\n}\n',
    },
    { name: 'consul locks unless told not to', code: 'terraform {\n  backend "consul" {\n    path = "x"\n  }\n}\n' },
  ],
  invalid: [
    { name: 'S3 without locking', code: s3(''), errors: [{ messageId: 's3', line: 2, column: 3, endColumn: 15 }] },
    {
      name: 'S3 with use_lockfile = false',
      code: s3('    use_lockfile = false\n'),
      errors: [{ messageId: 's3', line: 2 }],
    },
    {
      name: 'http without lock address',
      code: 'terraform {\n  backend "http" {\n    address = "https://s/x"\n  }\n}\n',
      errors: [{ messageId: 'http', line: 2 }],
    },
    {
      name: 'consul with locking off',
      code: 'terraform {\n  backend "consul" {\n    lock = false\n  }\n}\n',
      errors: [{ messageId: 'off', line: 3, column: 5, message: /`lock = false`/ }],
    },
  ],
});
