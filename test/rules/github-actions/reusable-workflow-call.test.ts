import rule from '../../../src/rules/github-actions/reusable-workflow-call.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const called = `on:
  workflow_call:
    inputs:
      environment:
        type: string
        required: true
      dry-run:
        type: boolean
        default: false
      replicas:
        type: number
    secrets:
      deploy-token:
        required: true
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo
`;
const files = { '.github/workflows/deploy.yml': called, '.github/workflows/push.yml': 'on: push\njobs: {}\n' };
const caller = (body: string): string =>
  `on: push\njobs:\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n${body}`;

ruleTester(rule, {
  valid: [
    {
      code: caller(
        "    with:\n      environment: prod\n      dry-run: ${{ github.event_name != 'push' }}\n      replicas: 3\n    secrets:\n      deploy-token: ${{ secrets.TOKEN }}\n",
      ),
      files,
    },
    { code: caller('    with:\n      environment: prod\n    secrets: inherit\n'), files },
    { code: 'on: push\njobs:\n  a:\n    uses: octo/repo/.github/workflows/x.yml@v1\n', files },
  ],
  invalid: [
    {
      code: caller('    secrets: inherit\n'),
      files,
      errors: [{ messageId: 'missingInput', line: 4, column: 11 }],
    },
    {
      code: caller(
        '    with:\n      environment: prod\n      dryrun: true\n      replicas: three\n    secrets:\n      deploy-token: x\n      other: y\n',
      ),
      files,
      errors: [
        { messageId: 'unknownInput', line: 7, column: 7, message: /Did you mean "dry-run"/ },
        { messageId: 'type', line: 8, column: 17 },
        { messageId: 'unknownSecret', line: 11, column: 7 },
      ],
    },
    {
      code: caller('    with:\n      environment: prod\n'),
      files,
      errors: [{ messageId: 'missingSecret', line: 4, column: 11 }],
    },
    {
      code: 'on: push\njobs:\n  a:\n    uses: ./.github/workflows/nope.yml\n',
      files,
      errors: [{ messageId: 'notFound', line: 4, column: 11 }],
    },
    {
      code: 'on: push\njobs:\n  a:\n    uses: ./.github/workflows/push.yml\n',
      files,
      errors: [{ messageId: 'notCallable', line: 4, column: 11 }],
    },
  ],
});
