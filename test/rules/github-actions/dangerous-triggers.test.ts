import rule from '../../../src/rules/github-actions/dangerous-triggers.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (on: string, steps: string): string =>
  `on: ${on}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    // The base branch's code is what pull_request_target should check out.
    wf('pull_request_target', '      - uses: actions/checkout@v4\n      - run: ./label.sh\n'),
    // The same checkout under pull_request runs without secrets.
    wf(
      'pull_request',
      '      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n',
    ),
    wf('workflow_run', '      - uses: actions/checkout@v4\n        with:\n          ref: main\n'),
    wf('push', '      - uses: actions/download-artifact@v4\n'),
    // Downloading an artifact to read it as data is the recommended workflow_run pattern.
    wf(
      'workflow_run',
      '      - uses: actions/download-artifact@v4\n        with:\n          run-id: ${{ github.event.workflow_run.id }}\n      - uses: actions/github-script@v7\n        with:\n          script: console.log(1)\n',
    ),
    wf('issue_comment', '      - uses: actions/checkout@v4\n'),
    wf('pull_request_target', '      - uses: actions/cache@v4\n        with:\n          path: x\n          key: y\n'),
  ],
  invalid: [
    {
      code: wf(
        'pull_request_target',
        '      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm test\n',
      ),
      errors: [{ messageId: 'checkout', line: 6, column: 15 }],
    },
    {
      code: wf(
        '[pull_request_target]',
        '      - uses: actions/checkout@v4\n        with:\n          repository: ${{ github.event.pull_request.head.repo.full_name }}\n          ref: ${{ github.head_ref }}\n',
      ),
      errors: [{ messageId: 'checkout', line: 6 }],
    },
    {
      name: 'gh pr checkout in a script',
      code: wf('workflow_run', '      - run: gh pr checkout 12\n'),
      errors: [{ messageId: 'checkout', line: 6, column: 14 }],
    },
    {
      code: wf(
        'workflow_run',
        '      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.workflow_run.head_sha }}\n      - uses: actions/cache@v4\n        with:\n          path: ~/.npm\n          key: npm\n',
      ),
      errors: [
        { messageId: 'checkout', line: 6 },
        { messageId: 'cache', line: 9, column: 15 },
      ],
    },
    {
      code: wf(
        'pull_request_target',
        '      - run: |\n          git fetch origin pull/${{ github.event.number }}/head:pr\n          git checkout pr\n',
      ),
      errors: [{ messageId: 'checkout', line: 6, column: 14 }],
    },
    {
      code: wf(
        'workflow_run',
        '      - uses: actions/download-artifact@v4\n        with:\n          run-id: ${{ github.event.workflow_run.id }}\n      - run: gh run download ${{ github.event.workflow_run.id }}\n      - run: npm run report\n',
      ),
      errors: [
        { messageId: 'artifact', line: 6 },
        { messageId: 'artifact', line: 9 },
      ],
    },
    {
      name: 'a comment bot checking out the pull request',
      code: wf('issue_comment', '      - run: gh pr checkout ${{ github.event.issue.number }}\n'),
      errors: [{ messageId: 'checkout', line: 6, column: 14, message: /`issue_comment` workflow/ }],
    },
  ],
});
