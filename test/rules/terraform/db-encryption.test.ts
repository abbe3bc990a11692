import rule from '../../../src/rules/terraform/db-encryption.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'resource "aws_db_instance" "db" {\n  engine            = "postgres"\n  storage_encrypted = true\n}\n',
    { name: 'Aurora member', code: 'resource "aws_db_instance" "db" {\n  engine = "aurora-postgresql"\n}\n' },
    {
      name: 'replica',
      code: 'resource "aws_db_instance" "r" {\n  engine = "postgres"\n  replicate_source_db = aws_db_instance.db.identifier\n}\n',
    },
    { name: 'Redshift', code: 'resource "aws_redshift_cluster" "w" {\n  encrypted = true\n}\n' },
    { name: 'unknown', code: 'resource "aws_rds_cluster" "c" {\n  storage_encrypted = var.encrypted\n}\n' },
  ],
  invalid: [
    {
      code: 'resource "aws_db_instance" "db" {\n  engine = "mysql"\n}\n',
      errors: [
        {
          messageId: 'off',
          line: 1,
          column: 1,
          message: /`aws_db_instance.db` stores its data unencrypted \(`storage_encrypted`/,
        },
      ],
    },
    {
      name: 'switched off through a variable default',
      code: 'variable "enc" {\n  default = false\n}\nresource "aws_rds_cluster" "c" {\n  storage_encrypted = var.enc\n}\n',
      errors: [{ messageId: 'off', line: 5, column: 3 }],
    },
    { code: 'resource "aws_docdb_cluster" "d" {}\n', errors: [{ messageId: 'off', line: 1 }] },
  ],
});
