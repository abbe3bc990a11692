import rule from '../../../src/rules/github-actions/invalid-structure.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const job = (body: string): string => `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n${body}`;

ruleTester(rule, {
  valid: [
    job(
      '    timeout-minutes: 15\n    continue-on-error: ${{ matrix.experimental }}\n    steps:\n      - run: make\n        env:\n          A: 1\n          B: true\n',
    ),
    job(
      '    container: null\n    strategy:\n      max-parallel: ${{ fromJSON(vars.MAX) }}\n      matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}\n    steps:\n      - run:\n',
    ),
    'on: [push, pull_request]\njobs:\n  call:\n    uses: ./.github/workflows/reusable.yml\n    secrets: inherit\n',
    'on:\n  workflow_call:\n    inputs:\n      level:\n        type: number\n        default: 1\n    outputs:\n      result:\n        value: ${{ jobs.a.outputs.r }}\njobs:\n  a:\n    runs-on: [self-hosted, linux]\n    steps:\n      - background: true\n        run: ./server\n      - wait-all: true\n',
    {
      code: 'name: a\ndescription: b\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n',
      filename: 'action.yml',
    },
    'x: &shared\n  A: 1\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env: *shared\n    steps:\n      - run: echo\n',
  ],
  invalid: [
    {
      code: 'on: push\npermissions:\n  contents: read\n  id-token: read\n  models: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      errors: [
        {
          messageId: 'value',
          line: 4,
          column: 13,
          message: /"permissions.id-token" is "read", which GitHub does not accept \(allowed: "write", "none"\)/,
        },
        { messageId: 'value', line: 5, column: 11 },
      ],
    },
    {
      code: 'on: [push, schedule]\npermissions:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      errors: [
        { messageId: 'required', line: 1, column: 12, message: /"cron" entries is required in the "schedule" event/ },
        { messageId: 'empty', line: 2, column: 1, message: /"permissions" must not be empty/ },
      ],
    },
    {
      code: 'on:\n  image_version:\n    names: []\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'empty', line: 3, column: 12 }],
    },
    {
      // The second `&e` hides the first from the alias after it: the first is unused.
      code: 'x: &e\n  A: 1\ny: &e\n  B: 2\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env: *e\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'anchor', line: 1, column: 4 }],
    },
    {
      code: 'jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      errors: [
        { messageId: 'required', line: 1, column: 1, message: '"on" is required in the top level but missing.' },
      ],
    },
    {
      code: 'name: ci\non: push\n',
      errors: [{ messageId: 'required', line: 1, column: 1, message: /"jobs" is required/ }],
    },
    {
      code: 'on: push\njobs:\n  a:\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'required', line: 3, column: 3, message: '"runs-on" is required in job "a" but missing.' }],
    },
    {
      code: job(
        '    timeout-minutes: soon\n    continue-on-error: maybe\n    strategy:\n      max-parallel: foo\n      matrix:\n        os: [a]\n    steps:\n      - run: echo\n',
      ),
      errors: [
        {
          messageId: 'type',
          line: 5,
          column: 22,
          message:
            '"timeout-minutes" in job "build" must be a number (or a ${{ }} expression), but is the string "soon".',
        },
        { messageId: 'type', line: 6, column: 24, message: /"continue-on-error" in job "build" must be a boolean/ },
        { messageId: 'type', line: 8, column: 21, message: /"strategy.max-parallel" in job "build" must be a number/ },
      ],
    },
    {
      code: job('    steps:\n      - run: {x: 1}\n'),
      errors: [
        {
          messageId: 'type',
          line: 6,
          column: 14,
          message: '"run" in step 1 of job "build" must be a string, but is a mapping.',
        },
      ],
    },
    {
      code: job('    steps:\n      - run: echo\n        env: [1, 2]\n'),
      errors: [{ messageId: 'type', line: 7, column: 14, message: /"env" in step 1 of job "build" must be a mapping/ }],
    },
    { code: 'on: push\njobs: {}\n', errors: [{ messageId: 'empty', line: 2, column: 7 }] },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on:\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'empty', line: 4, column: 5 }],
    },
    {
      code: job(
        '    steps:\n      - uses: actions/checkout@v5\n        working-directory: src\n      - run: echo\n        with:\n          a: b\n      - name: nothing\n',
      ),
      errors: [
        {
          messageId: 'step-kind',
          line: 7,
          column: 9,
          message: /"working-directory" applies only to a step with "run"/,
        },
        { messageId: 'step-kind', line: 9, column: 9 },
        {
          messageId: 'required',
          line: 11,
          column: 9,
          message: /"uses" or "run" \(or "wait", .*\) is required in step 3 of job "build"/,
        },
      ],
    },
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n  Build:\n    runs-on: ubuntu-latest\n    env:\n      TOKEN: a\n      token: b\n    steps:\n      - run: echo\n',
      errors: [
        {
          messageId: 'case',
          line: 7,
          column: 3,
          message: 'job "Build" duplicates "build" (line 3): GitHub compares these names without regard to case.',
        },
        { messageId: 'case', line: 11, column: 7 },
      ],
    },
    {
      code: 'on:\n  workflow_call:\n    inputs:\n      mode:\n        type: text\n      level:\n        required: true\n  schedule:\n    - cron:\njobs:\n  a:\n    uses: ./.github/workflows/x.yml\n    secrets: all\n',
      errors: [
        { messageId: 'value', line: 5, column: 15, message: /"on.workflow_call.inputs.mode.type" is "text"/ },
        { messageId: 'required', line: 6, column: 7, message: /"type" is required/ },
        { messageId: 'empty', line: 9, column: 7 },
        { messageId: 'value', line: 13, column: 14 },
      ],
    },
    {
      code: 'on: push\npermissions:\n  contents: admin\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container:\n      credentials:\n        username: u\n    steps:\n      - run: echo\n',
      errors: [
        { messageId: 'value', line: 3, column: 13 },
        { messageId: 'required', line: 7, column: 5, message: /"image" is required in "container" in job "a"/ },
        { messageId: 'required', line: 8, column: 7, message: /"password" is required/ },
      ],
    },
    {
      code: 'x: &unused\n  A: 1\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'anchor', line: 1, column: 4, message: /Anchor "&unused"/ }],
    },
    {
      code: 'name: a\ndescription: b\nruns:\n  using: composite\n  steps:\n    - run: echo\n',
      filename: 'action.yml',
      errors: [{ messageId: 'required', line: 6, column: 7, message: /"shell" is required in composite step 1/ }],
    },
    {
      code: 'name: a\nruns:\n  using: node24\n',
      filename: 'action.yml',
      errors: [
        { messageId: 'required', line: 1, column: 1, message: /"description"/ },
        { messageId: 'required', line: 2, column: 1, message: /"main" is required/ },
      ],
    },
  ],
});
