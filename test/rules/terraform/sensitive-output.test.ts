import rule from '../../../src/rules/terraform/sensitive-output.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'output "endpoint" {\n  value = aws_db_instance.main.endpoint\n}\n',
    'output "password" {\n  value     = aws_db_instance.main.password\n  sensitive = true\n}\n',
    'variable "token" {\n  type = string\n}\noutput "token_set" {\n  value = var.token != ""\n}\n',
  ],
  invalid: [
    {
      code: 'output "db_password" {\n  value = aws_db_instance.main.password\n}\n',
      errors: [{ messageId: 'unmarked', line: 1, column: 1, message: /`aws_db_instance.…password`/ }],
    },
    {
      name: 'a sensitive variable passed through',
      code: 'variable "api_key" {\n  type      = string\n  sensitive = true\n}\noutput "key" {\n  value = var.api_key\n}\n',
      errors: [{ messageId: 'unmarked', line: 5, message: /the sensitive variable `api_key`/ }],
    },
    {
      name: 'a generated password',
      code: 'output "admin" {\n  value = random_password.admin.result\n}\n',
      errors: [{ messageId: 'unmarked', line: 1 }],
    },
  ],
});
