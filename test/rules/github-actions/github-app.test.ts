import rule from '../../../src/rules/github-actions/github-app.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const token = (inputs: string[]): string =>
  `on: push\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/create-github-app-token@v2\n        with:\n${inputs.map((line) => `          ${line}\n`).join('')}`;
const key = ['app-id: ${{ vars.APP_ID }}', 'private-key: ${{ secrets.APP_KEY }}'];

ruleTester(rule, {
  valid: [
    token(key),
    token([...key, 'skip-token-revoke: false']),
    token([...key, 'owner: octo-org', 'repositories: docs,site', 'permission-contents: write']),
    token([...key, 'owner: octo-org', 'permission-members: read', 'permission-organization-projects: write']),
  ],
  invalid: [
    {
      code: token([...key, 'skip-token-revoke: true']),
      errors: [{ messageId: 'skipRevoke', line: 10, column: 30 }],
    },
    {
      code: token([...key, "skip-token-revoke: ${{ github.ref_name == 'main' }}"]),
      errors: [{ messageId: 'skipRevoke', line: 10, column: 30 }],
    },
    {
      code: token([...key, 'owner: octo-org']),
      errors: [{ messageId: 'allRepositories', line: 10, column: 18, message: /installed on in `octo-org`/ }],
    },
    {
      code: token([...key, 'owner: octo-org', 'permission-members: read', 'permission-issues: write']),
      errors: [{ messageId: 'allRepositories', line: 10, column: 18 }],
    },
  ],
});
