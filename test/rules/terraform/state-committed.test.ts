import rule from '../../../src/rules/terraform/state-committed.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const code = 'terraform {\n  required_version = ">= 1.6"\n}\n';

ruleTester(rule, {
  valid: [
    { code, filename: 'infra/main.tf' },
    {
      name: 'state present but ignored',
      code,
      filename: 'infra/main.tf',
      files: { 'infra/terraform.tfstate': '{}', '.gitignore': '*.tfstate\n' },
    },
    {
      name: '.terraform ignored',
      code,
      filename: 'main.tf',
      files: { '.terraform/terraform.tfstate': '{}', '.gitignore': '.terraform/\n' },
    },
  ],
  invalid: [
    {
      code,
      filename: 'infra/main.tf',
      files: { 'infra/terraform.tfstate': '{"version": 4}', 'infra/terraform.tfstate.backup': '{}' },
      errors: [
        { messageId: 'state', line: 1, column: 1, message: /^`infra\/terraform.tfstate` is in the repository/ },
        { messageId: 'state', line: 1, message: /^`infra\/terraform.tfstate.backup`/ },
      ],
    },
    {
      name: '.terraform folder',
      code,
      filename: 'main.tf',
      files: { '.terraform/modules/modules.json': '{}', '.gitignore': 'node_modules\n' },
      errors: [{ messageId: 'state', line: 1, message: /^`.terraform\/modules\/modules.json`/ }],
    },
  ],
});
