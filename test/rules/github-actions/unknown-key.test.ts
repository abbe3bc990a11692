import rule from '../../../src/rules/github-actions/unknown-key.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    `name: ci
run-name: ci
on:
  workflow_call:
    inputs:
      x:
        type: string
        required: false
        default: a
        description: d
permissions: {}
env: {}
defaults:
  run:
    shell: bash
concurrency:
  group: g
  cancel-in-progress: true
jobs:
  a:
    name: a
    runs-on: ubuntu-latest
    timeout-minutes: 5
    environment:
      name: prod
      url: https://example.com
    container:
      image: node:22
      credentials:
        username: u
        password: p
    services:
      db:
        image: postgres:17
        ports: [5432]
        command: --max_connections=200
      etcd:
        image: quay.io/coreos/etcd:v3.5.17
        entrypoint: etcd
    strategy:
      fail-fast: false
      matrix:
        os: [x]
    steps:
      - id: s
        name: s
        run: echo
        shell: bash
        working-directory: .
        env: {}
        continue-on-error: true
        timeout-minutes: 1
        background: true
      - wait: s
  b:
    uses: ./.github/workflows/x.yml
    with: {}
    secrets: inherit
    needs: a
`,
    {
      code: 'name: x\ndescription: d\ninputs:\n  a:\n    description: d\n    deprecationMessage: old\nruns:\n  using: node24\n  main: index.js\n  post: post.js\n  post-if: always()\nbranding:\n  icon: box\n  color: blue\n',
      filename: 'action.yml',
    },
  ],
  invalid: [
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout: 5\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'unknown', line: 5, column: 5, message: /job "a"/ }],
    },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        working_directory: x\n',
      errors: [{ messageId: 'unknown', line: 7, column: 9, message: /Did you mean "working-directory"/ }],
    },
    {
      code: 'on: push\njobs:\n  a:\n    uses: ./x.yml\n    runs-on: ubuntu-latest\n',
      errors: [{ messageId: 'callJob', line: 5, column: 5 }],
    },
    {
      name: 'entrypoint and command are service settings, not job container ones',
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container:\n      image: node:22\n      command: x\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'unknown', line: 7, column: 7, message: /job "a" container/ }],
    },
    {
      code: 'on: push\njob:\n  a: {}\n',
      errors: [{ messageId: 'unknown', line: 2, column: 1, message: /Did you mean "jobs"/ }],
    },
    {
      code: 'name: x\ninputs:\n  a:\n    requried: true\nruns:\n  using: composite\n  main: x.js\n  steps:\n    - run: echo\n      shell: bash\n      timeout-minutes: 3\n',
      filename: 'action.yml',
      errors: [
        { messageId: 'unknown', line: 4, column: 5 },
        { messageId: 'unknown', line: 7, column: 3 },
        { messageId: 'unknown', line: 11, column: 7 },
      ],
    },
  ],
});
