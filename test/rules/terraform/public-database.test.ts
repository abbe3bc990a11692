import rule from '../../../src/rules/terraform/public-database.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: "checkov's skip inside the resource covers the whole resource",
      code: 'resource "aws_db_instance" "db" {\n  #checkov:skip=CKV_AWS_17:demo data only\n  engine              = "postgres"\n  publicly_accessible = true\n}\n',
    },
    'resource "aws_db_instance" "db" {\n  publicly_accessible = false\n}\n',
    'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n',
    'resource "google_sql_database_instance" "s" {\n  settings {\n    ip_configuration {\n      authorized_networks {\n        value = "203.0.113.0/24"\n      }\n    }\n  }\n}\n',
  ],
  invalid: [
    {
      name: 'a checkov skip of another check does not hide it',
      code: 'resource "aws_db_instance" "db" {\n  #checkov:skip=CKV_AWS_16:other check\n  publicly_accessible = true\n}\n',
      errors: [{ messageId: 'public', line: 3 }],
    },
    {
      code: 'resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  publicly_accessible = true\n}\n',
      errors: [{ messageId: 'public', line: 3, column: 3, message: /`aws_db_instance.db`/ }],
    },
    {
      code: 'resource "aws_rds_cluster_instance" "i" {\n  publicly_accessible = var.public\n}\nvariable "public" {\n  default = true\n}\n',
      errors: [{ messageId: 'public', line: 2 }],
    },
    {
      code: 'resource "google_sql_database_instance" "s" {\n  settings {\n    ip_configuration {\n      authorized_networks {\n        value = "0.0.0.0/0"\n      }\n    }\n  }\n}\n',
      errors: [{ messageId: 'network', line: 5, column: 9 }],
    },
  ],
});
