import rule from '../../../src/rules/github-actions/expression-type.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const steps = (body: string): string => `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${body}`;

ruleTester(rule, {
  valid: [
    steps('      - run: echo "${{ toJSON(github.event) }}"\n'),
    steps('      - run: echo "${{ github.event.head_commit.id }} ${{ vars.REGION }} ${{ env.HOME }}"\n'),
    steps('      - id: meta\n        run: echo x\n      - run: echo "${{ steps.meta.outputs.tags }}"\n'),
    // A whole-value object is how a mapping is passed on.
    steps('      - run: make\n        env: ${{ fromJSON(vars.BUILD_ENV) }}\n'),
    steps('      - uses: actions/github-script@v7\n        with:\n          payload: ${{ github.event }}\n'),
    // Matrix fields of object rows are fine; the rows themselves only where an object fits.
    `on: push\njobs:\n  build:\n    strategy:\n      matrix:\n        target: [{ os: ubuntu-24.04, arch: x64 }]\n    runs-on: \${{ matrix.target.os }}\n    steps:\n      - run: echo \${{ matrix.target.arch }}\n`,
    // Unknown types are not judged.
    steps('      - run: echo "${{ fromJSON(vars.CONFIG).region }} ${{ github.event.inputs.name || github.ref }}"\n'),
  ],
  invalid: [
    {
      code: steps('      - run: echo "${{ github.event }} ${{ github.event.commits.* }} ${{ null }}"\n'),
      errors: [
        { messageId: 'inTemplate', line: 6, column: 24, message: /`github.event` is an object/ },
        { messageId: 'inTemplate', line: 6, column: 44, message: /is an array/ },
        { messageId: 'inTemplate', line: 6, column: 74, message: /`null` is null/ },
      ],
    },
    {
      code: steps('      - id: meta\n        run: echo x\n      - run: echo ${{ steps.meta.outputs }}\n'),
      errors: [{ messageId: 'inTemplate', line: 8, column: 23 }],
    },
    {
      code: steps('      - run: echo "${{ vars.REGION.name }}"\n'),
      errors: [{ messageId: 'propertyOfScalar', line: 6, column: 24, message: /reads a property of a string/ }],
    },
    {
      code: `on: push\njobs:\n  build:\n    strategy:\n      matrix:\n        target: [{ os: ubuntu-24.04 }]\n        node: [20, 22]\n    runs-on: \${{ matrix.target }}\n    steps:\n      - run: echo \${{ matrix.node.major }}\n`,
      errors: [
        { messageId: 'objectRunner', line: 8, column: 18 },
        { messageId: 'propertyOfScalar', line: 10, column: 23, message: /string, number or boolean/ },
      ],
    },
  ],
});
