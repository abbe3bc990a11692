import rule from '../../../src/rules/github-actions/template-injection.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const job = (steps: string, on = 'issues'): string =>
  `on: ${on}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`;

ruleTester(rule, {
  valid: [
    // Passing through env: is the fix.
    job('      - run: echo "$TITLE"\n        env:\n          TITLE: ${{ github.event.issue.title }}\n'),
    // Bounded values and booleans derived from attacker text are fine.
    job('      - run: echo ${{ github.event.issue.number }} ${{ github.event.pull_request.user.login }}\n'),
    job("      - run: echo ${{ contains(github.event.issue.title, 'bug') }}\n"),
    job("      - run: echo ${{ github.event.issue.title == 'x' }}\n"),
    job("      - if: contains(github.event.comment.body, '/deploy')\n        run: ./deploy.sh\n"),
    // Not a code sink.
    job('      - uses: actions/labeler@v5\n        with:\n          title: ${{ github.event.issue.title }}\n'),
    job('      - name: ${{ github.event.issue.title }}\n        run: echo hi\n'),
    // workflow_dispatch inputs come from people with write access.
    job('      - run: echo ${{ inputs.target }} ${{ github.event.inputs.target }}\n', 'workflow_dispatch'),
    // An env var set from a trusted value.
    job('      - run: echo ${{ env.SHA }}\n        env:\n          SHA: ${{ github.sha }}\n'),
    // Peer ignore marker.
    job('      - run: echo ${{ github.event.issue.title }} # zizmor: ignore[template-injection]\n'),
  ],
  invalid: [
    // No trigger of this workflow sends an issue, a pull request or a push today: a note, not an error.
    {
      code: job('      - run: echo "${{ github.event.issue.title }} ${{ github.head_ref }}"\n', 'push'),
      errors: [
        { messageId: 'latent', line: 6, column: 24, message: /none of this workflow's triggers sets it today/ },
        { messageId: 'latent', line: 6, column: 56 },
      ],
    },
    {
      code: job('      - run: echo "${{ github.event.head_commit.message }}"\n', '[pull_request, schedule]'),
      errors: [{ messageId: 'latent', line: 6, column: 24 }],
    },
    {
      code: job('      - run: echo "${{ github.event.issue.title }}"\n'),
      errors: [{ messageId: 'direct', line: 6, column: 24, endColumn: 48 }],
    },
    {
      name: 'inside a literal block, with the exact column',
      code: job(
        '      - run: |\n          echo start\n          git checkout "${{ github.head_ref }}"\n',
        'pull_request',
      ),
      errors: [{ messageId: 'direct', line: 8, column: 29, endColumn: 44, message: /`github\.head_ref`/ }],
    },
    {
      code: job(
        "      - uses: actions/github-script@v7\n        with:\n          script: |\n            console.log('${{ github.event.comment.body }}')\n",
        'issue_comment',
      ),
      errors: [{ messageId: 'direct', line: 9, column: 30 }],
    },
    {
      name: 'indexes and wildcards',
      code: job(
        '      - run: echo ${{ github.event.commits[0].message }} ${{ github.event.pages.*.page_name }}\n',
        '[push, gollum]',
      ),
      errors: [
        { messageId: 'direct', line: 6, column: 23 },
        { messageId: 'direct', line: 6, column: 62 },
      ],
    },
    {
      name: 'format() and || carry the text',
      code: job(
        "      - run: echo ${{ format('{0}', github.event.pull_request.title) }} ${{ github.event.pull_request.body || 'none' }}\n",
        'pull_request_target',
      ),
      errors: [
        { messageId: 'direct', line: 6, column: 37 },
        { messageId: 'direct', line: 6, column: 77 },
      ],
    },
    {
      name: 'through an env var that holds attacker text',
      code: 'on: issues\nenv:\n  TITLE: ${{ github.event.issue.title }}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ env.TITLE }}"\n',
      errors: [
        { messageId: 'viaEnv', line: 8, column: 24, message: /`env\.TITLE` holds `github\.event\.issue\.title`/ },
      ],
    },
    {
      name: "a reusable workflow inherits its caller's event",
      code: job('      - run: echo "${{ github.event.pull_request.title }}"\n', 'workflow_call'),
      errors: [{ messageId: 'direct', line: 6, column: 24 }],
    },
    {
      name: 'composite action',
      filename: 'action.yml',
      code: 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ github.event.workflow_run.head_branch }}\n      shell: bash\n',
      errors: [{ messageId: 'direct', line: 6, column: 21 }],
    },
  ],
});
