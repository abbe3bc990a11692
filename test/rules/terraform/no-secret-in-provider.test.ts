import rule from '../../../src/rules/terraform/no-secret-in-provider.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'provider "aws" {\n  region = "eu-west-1"\n}\n',
    'provider "aws" {\n  access_key = var.access_key\n  secret_key = var.secret_key\n}\n',
    'provider "github" {\n  token = data.aws_secretsmanager_secret_version.github.secret_string\n}\n',
  ],
  invalid: [
    {
      code: 'provider "aws" {\n  region     = "eu-west-1"\n  access_key = "AKIAIOSFODNN7EXAMPLE"\n  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n}\n',
      errors: [
        { messageId: 'secret', line: 3, column: 3, message: /`access_key` as a credential in a known token format/ },
        { messageId: 'secret', line: 4, column: 3, message: /`secret_key` as a credential written out/ },
      ],
    },
    {
      name: 'in a nested block',
      code: 'provider "azurerm" {\n  features {}\n  client_secret = "0123456789abcdefghij"\n}\n',
      errors: [{ messageId: 'secret', line: 3 }],
    },
  ],
});
