import rule from '../../../src/rules/github-actions/hardcoded-container-credentials.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (body: string): string =>
  `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n${body}    steps:\n      - run: make\n`;

ruleTester(rule, {
  valid: [
    wf(
      '    container:\n      image: ghcr.io/acme/build:1.2\n      credentials:\n        username: ${{ github.actor }}\n        password: ${{ secrets.GITHUB_TOKEN }}\n',
    ),
    wf('    container: node:22\n'),
    wf('    services:\n      db:\n        image: postgres:16\n        env:\n          POSTGRES_PASSWORD: postgres\n'),
  ],
  invalid: [
    {
      code: wf(
        '    container:\n      image: ghcr.io/acme/build:1.2\n      credentials:\n        username: bot\n        password: hunter2\n',
      ),
      errors: [{ messageId: 'password', line: 9, column: 19, endColumn: 26, message: /the container of job "a"/ }],
    },
    {
      code: wf(
        '    services:\n      cache:\n        image: registry.example.com/redis:7\n        credentials:\n          username: bot\n          password: "s3cret"\n',
      ),
      errors: [{ messageId: 'password', line: 10, column: 21, message: /service "cache"/ }],
    },
  ],
});
