import rule from '../../../src/rules/terraform/no-secret-in-locals.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'locals {\n  name = "api"\n  db_password = var.db_password\n}\n',
    'locals {\n  token_ttl = 3600\n  secret_arn = aws_secretsmanager_secret.db.arn\n}\n',
  ],
  invalid: [
    {
      code: 'locals {\n  name        = "api"\n  db_password = "S3cr3t-passw0rd"\n}\n',
      errors: [{ messageId: 'secret', line: 3, column: 3, message: /Local `db_password`/ }],
    },
    {
      name: 'an AWS key id inside a map',
      code: 'locals {\n  settings = {\n    key = "AKIAIOSFODNN7EXAMPLE"\n  }\n}\n',
      errors: [{ messageId: 'secret', line: 2, message: /known token format/ }],
    },
  ],
});
