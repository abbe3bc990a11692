import rule from '../../../src/rules/github-actions/context-availability.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    `on: push
env:
  TOKEN: \${{ secrets.TOKEN }}
jobs:
  build:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest]
    if: always() && github.event_name == 'push'
    steps:
      - run: echo "\${{ secrets.X }} \${{ steps.a.outputs.b }} \${{ hashFiles('x') }}"
        if: success() && hashFiles('go.sum') != ''
`,
    {
      code: 'name: a\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ github.action_path }} ${{ inputs.x }}\n      shell: bash\n',
      filename: 'action.yml',
    },
  ],
  invalid: [
    {
      // `shell` takes no expression, in a step or in workflow-level defaults; a job's defaults.run may read contexts.
      code: 'on: push\ndefaults:\n  run:\n    shell: ${{ env.SHELL }}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    defaults:\n      run:\n        shell: ${{ env.SHELL }}\n    steps:\n      - run: echo\n        shell: ${{ matrix.shell }}\n',
      errors: [
        {
          messageId: 'context',
          line: 4,
          column: 16,
          message: /`env` context is not available in `defaults.run.shell`; available there: none/,
        },
        { messageId: 'context', line: 13, column: 20, message: /not available in `jobs.<job_id>.steps.shell`/ },
      ],
    },
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ${{ secrets.RUNNER }}\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'context', line: 4, column: 18 }],
    },
    {
      code: 'on: push\nenv:\n  OS: ${{ matrix.os }}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'context', line: 3, column: 11 }],
    },
    {
      code: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    if: hashFiles('x') != ''\n    steps:\n      - run: echo ${{ success() }}\n",
      errors: [
        { messageId: 'function', line: 5, column: 9 },
        { messageId: 'function', line: 7, column: 23 },
      ],
    },
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secret.X }}\n',
      errors: [{ messageId: 'unknownContext', line: 6, column: 23 }],
    },
    {
      code: 'name: a\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ secrets.X }}\n      shell: bash\n',
      filename: 'action.yml',
      errors: [{ messageId: 'actionContext', line: 5, column: 21 }],
    },
  ],
});
