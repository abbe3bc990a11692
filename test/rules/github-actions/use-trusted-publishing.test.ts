import rule from '../../../src/rules/github-actions/use-trusted-publishing.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const job = (steps: string, permissions = ''): string =>
  `on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n${permissions}    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    job('      - run: npm publish --provenance\n', '    permissions:\n      id-token: write\n'),
    'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: cargo publish\n',
    job(
      '      - uses: actions/setup-node@v4\n        with:\n          registry-url: https://npm.pkg.github.com/\n      - run: npm publish\n',
    ),
    job('      - run: cargo publish --dry-run\n      - run: cargo publish -n\n      - run: npm run publish-docs\n'),
  ],
  invalid: [
    {
      code: job('      - run: npm ci && npm publish --access public\n'),
      errors: [
        {
          messageId: 'token',
          line: 6,
          column: 24,
          message: /`npm publish --access public` publishes without `id-token: write`/,
        },
      ],
    },
    {
      code: job('      - run: |\n          python -m build\n          twine \\\n            upload dist/*\n'),
      errors: [{ messageId: 'token', line: 8, column: 11, message: /`twine upload dist\/\*`/ }],
    },
    {
      // A job-level grant of other scopes replaces the workflow's, which had id-token.
      code: 'on: push\npermissions:\n  id-token: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n      - run: bundle exec gem push pkg/x.gem\n',
      errors: [{ messageId: 'token', line: 10, column: 26 }],
    },
  ],
});
