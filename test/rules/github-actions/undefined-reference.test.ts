import rule from '../../../src/rules/github-actions/undefined-reference.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    // github-script sets outputs of any name from the script.
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - id: pick\n        uses: actions/github-script@v7\n        with:\n          script: core.setOutput("tag", "v1")\n      - run: echo ${{ steps.pick.outputs.tag }}\n',
    `on:
  workflow_dispatch:
    inputs:
      env:
        type: string
jobs:
  build:
    runs-on: \${{ matrix.os }}
    strategy:
      matrix:
        os: [ubuntu-latest]
        include:
          - os: ubuntu-latest
            experimental: true
    outputs:
      digest: \${{ steps.push.outputs.digest }}
    steps:
      - id: push
        run: echo "digest=1" >> "$GITHUB_OUTPUT"
      - run: echo \${{ steps.push.outputs.digest }} \${{ matrix.experimental }} \${{ inputs.env }}
  deploy:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ needs.build.outputs.digest }} \${{ needs.build.result }}
`,
    `on: push
jobs:
  plan:
    runs-on: ubuntu-latest
    strategy:
      matrix: \${{ fromJSON(vars.MATRIX) }}
    steps:
      - run: echo \${{ matrix.anything }}
`,
    `on:
  workflow_call:
    secrets:
      token:
        required: true
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ secrets.TOKEN }} \${{ secrets.GITHUB_TOKEN }}
`,
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event_name }} ${{ github.some_future_field }} ${{ runner.os }} ${{ strategy.job-index }} ${{ job.status }}\n',
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    strategy: ${{ fromJSON(vars.STRATEGY) }}\n    steps:\n      - run: echo ${{ matrix.os }}\n',
    {
      code: 'name: a\ninputs:\n  who: {}\nruns:\n  using: composite\n  steps:\n    - id: s\n      run: echo ${{ inputs.who }}\n      shell: bash\n    - run: echo ${{ steps.s.outputs.x }}\n      shell: bash\n',
      filename: 'action.yml',
    },
  ],
  invalid: [
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event_nmae }} ${{ runner.tmp }}\n',
      errors: [
        { messageId: 'property', line: 6, column: 23, message: /Did you mean "github.event_name"/ },
        { messageId: 'property', line: 6, column: 48, message: /Did you mean "runner.temp"/ },
      ],
    },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - id: meta\n        uses: docker/metadata-action@v5\n        with:\n          images: x\n      - run: echo ${{ steps.meta.outputs.tag }} ${{ steps.meta.outputs.tags }}\n',
      errors: [{ messageId: 'stepOutput', line: 10, column: 23, endColumn: 45, message: /Did you mean "tags"/ }],
    },
    {
      code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - id: s\n        run: echo\n      - run: echo ${{ steps.s.output.x }}\n',
      errors: [{ messageId: 'property', line: 8, column: 23, endColumn: 37, message: /Did you mean "outputs"/ }],
    },
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        node: [20, 22]\n    steps:\n      - run: echo ${{ matrix.version }}\n',
      errors: [{ messageId: 'matrix', line: 9, column: 23 }],
    },
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.os }}\n',
      errors: [{ messageId: 'noMatrix', line: 6, column: 23 }],
    },
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    outputs:\n      v: ${{ steps.v.outputs.v }}\n    steps:\n      - id: v\n        run: echo\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ needs.build.outputs.v }}\n',
      errors: [{ messageId: 'notNeeded', line: 13, column: 23 }],
    },
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    outputs:\n      v: ${{ steps.v.outputs.v }}\n    steps:\n      - id: v\n        run: echo\n  deploy:\n    needs: build\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ needs.build.outputs.version }}\n',
      errors: [{ messageId: 'noOutput', line: 14, column: 23, endColumn: 50 }],
    },
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.later.outputs.x }}\n      - id: later\n        run: echo\n',
      errors: [{ messageId: 'step', line: 6, column: 23 }],
    },
    {
      code: 'on:\n  workflow_dispatch:\n    inputs:\n      env: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ inputs.environment }}\n',
      errors: [{ messageId: 'input', line: 9, column: 23 }],
    },
    {
      code: 'on:\n  workflow_call:\n    secrets:\n      token: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secrets.NPM_TOKEN }}\n',
      errors: [{ messageId: 'secret', line: 9, column: 23 }],
    },
  ],
});
