import rule from '../../../src/rules/github-actions/secrets-outside-environment.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (extra: string): string =>
  `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n${extra}    steps:\n      - run: ./deploy.sh\n        env:\n          TOKEN: \${{ secrets.DEPLOY_TOKEN }}\n          GH: \${{ secrets.GITHUB_TOKEN }}\n`;

ruleTester(rule, {
  valid: [
    wf('    environment: production\n'),
    wf('    environment:\n      name: production\n      url: https://example.com\n'),
    { code: wf(''), options: { allow: ['DEPLOY_TOKEN'] } },
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.token }}\n',
  ],
  invalid: [
    {
      code: wf(''),
      errors: [
        {
          messageId: 'outside',
          line: 8,
          column: 22,
          endColumn: 42,
          message: /Job "deploy" reads `secrets\.DEPLOY_TOKEN`/,
        },
      ],
    },
  ],
});
