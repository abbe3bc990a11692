import rule from '../../../src/rules/terraform/no-secret-in-variable-default.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n',
    'variable "password_length" {\n  default = 24\n}\n',
    'variable "region" {\n  default = "eu-west-1"\n}\n',
    { name: 'placeholder', code: 'variable "api_token" {\n  default = "changeme"\n}\n' },
    { name: 'empty default', code: 'variable "api_token" {\n  default = ""\n}\n' },
  ],
  invalid: [
    {
      code: 'variable "db_password" {\n  type    = string\n  default = "S3cr3t-passw0rd"\n}\n',
      errors: [{ messageId: 'secret', line: 3, column: 3, message: /defaults to a credential written out/ }],
    },
    {
      name: 'a token format under any name',
      code: 'variable "bootstrap" {\n  default = "ghp_abcdefghijklmnopqrstuvwxyz0123456789AB"\n}\n',
      errors: [{ messageId: 'secret', line: 2, message: /known token format/ }],
    },
    {
      name: 'default given through a local',
      code: 'locals {\n  pw = "hunter2-hunter2"\n}\nvariable "admin_password" {\n  default = local.pw\n}\n',
      errors: [{ messageId: 'secret', line: 5 }],
    },
  ],
});
