import rule from '../../../src/rules/github-actions/self-hosted-runner.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (on: string, runsOn: string): string =>
  `on: ${on}\njobs:\n  a:\n    runs-on: ${runsOn}\n    steps:\n      - run: make\n`;

ruleTester(rule, {
  valid: [
    wf('push', '[self-hosted, linux]'),
    wf('pull_request', 'ubuntu-latest'),
    wf('[push, workflow_dispatch]', 'self-hosted'),
    wf('pull_request', '${{ matrix.runner }}'),
  ],
  invalid: [
    {
      code: wf('pull_request', '[self-hosted, linux, x64]'),
      errors: [{ messageId: 'selfHosted', line: 4, column: 14, endColumn: 39 }],
    },
    {
      code: wf('issue_comment', 'self-hosted'),
      errors: [{ messageId: 'selfHosted', line: 4, message: /`issue_comment`/ }],
    },
    {
      code: wf('pull_request_target', '\n      group: builders\n      labels: [self-hosted, gpu]'),
      errors: [{ messageId: 'selfHosted', line: 5, column: 7 }],
    },
    {
      code: wf('pull_request', 'build-box'),
      settings: { selfHostedRunnerLabels: ['build-box'] },
      errors: [{ messageId: 'selfHosted', line: 4, message: /"build-box"/ }],
    },
  ],
});
