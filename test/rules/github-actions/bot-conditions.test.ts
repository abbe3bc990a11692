import rule from '../../../src/rules/github-actions/bot-conditions.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (on: string, condition: string): string =>
  `on: ${on}\njobs:\n  a:\n    if: ${condition}\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n`;

ruleTester(rule, {
  valid: [
    wf('pull_request_target', "github.event.pull_request.user.login == 'dependabot[bot]'"),
    wf('pull_request', "github.actor != 'dependabot[bot]'"),
    wf('push', "github.actor == 'octocat'"),
    // Not a condition.
    "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.actor == 'dependabot[bot]' }}\n",
  ],
  invalid: [
    {
      code: wf('pull_request_target', "github.actor == 'dependabot[bot]'"),
      errors: [{ messageId: 'spoofable', line: 4, column: 9, endColumn: 42 }],
    },
    {
      code: wf('pull_request', "${{ 'renovate[bot]' == github.triggering_actor }}"),
      errors: [{ messageId: 'spoofable', line: 4, column: 13, message: /`github\.triggering_actor`/ }],
    },
    {
      code: wf('pull_request', "endsWith(github.actor, '[bot]') && true"),
      errors: [{ messageId: 'spoofable', line: 4, column: 9 }],
    },
    {
      code: "on: pull_request_target\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - if: github['actor'] == 'dependabot[bot]'\n        run: gh pr merge --auto\n",
      errors: [{ messageId: 'spoofable', line: 6, column: 13 }],
    },
  ],
});
