import rule from '../../../src/rules/terraform/deletion-protection.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  deletion_protection = true\n}\n',
    { name: 'Cloud SQL protects by default', code: 'resource "google_sql_database_instance" "s" {\n  name = "x"\n}\n' },
    { name: 'Aurora instance', code: 'resource "aws_db_instance" "i" {\n  engine = "aurora-mysql"\n}\n' },
  ],
  invalid: [
    {
      code: 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n',
      errors: [{ messageId: 'off', line: 1, column: 1, message: /`deletion_protection = true`/ }],
    },
    {
      code: 'resource "google_sql_database_instance" "s" {\n  deletion_protection = false\n}\n',
      errors: [{ messageId: 'off', line: 2, column: 3 }],
    },
    {
      code: 'resource "aws_dynamodb_table" "t" {\n  name = "orders"\n}\n',
      errors: [{ messageId: 'off', line: 1, message: /`deletion_protection_enabled = true`/ }],
    },
  ],
});
