import rule from '../../../src/rules/terraform/no-secret-in-resource.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'resource "aws_db_instance" "db" {\n  password = var.db_password\n}\n',
    'resource "aws_db_instance" "db" {\n  manage_master_user_password = true\n  password_length = 32\n}\n',
    'resource "aws_db_instance" "db" {\n  password = random_password.db.result\n}\n',
  ],
  invalid: [
    {
      code: 'resource "aws_db_instance" "db" {\n  username = "admin"\n  password = "S3cr3t-passw0rd"\n}\n',
      errors: [
        {
          messageId: 'secret',
          line: 3,
          column: 3,
          message: /^`password` of `aws_db_instance.db` is a credential written out/,
        },
      ],
    },
    {
      name: 'in a nested block',
      code: 'resource "aws_opensearch_domain" "d" {\n  advanced_security_options {\n    master_user_options {\n      master_user_password = "Barbarbarbar1!"\n    }\n  }\n}\n',
      errors: [{ messageId: 'secret', line: 4, column: 7 }],
    },
  ],
});
