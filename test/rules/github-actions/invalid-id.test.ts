import rule from '../../../src/rules/github-actions/invalid-id.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'on: push\njobs:\n  build_1:\n    runs-on: ubuntu-latest\n    steps:\n      - id: setup-node\n        run: echo\n      - id: _x\n        run: echo\n',
  ],
  invalid: [
    {
      code: 'on: push\njobs:\n  1build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      errors: [{ messageId: 'job', line: 3, column: 3 }],
    },
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - id: my.step\n        run: echo\n',
      errors: [{ messageId: 'step', line: 6, column: 13 }],
    },
    {
      code: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - id: test\n        run: echo\n      - id: Test\n        run: echo\n',
      errors: [{ messageId: 'duplicateStep', line: 8, column: 13, message: /step 1 of job "build"/ }],
    },
    {
      code: 'name: a\nruns:\n  using: composite\n  steps:\n    - id: x\n      run: echo\n      shell: bash\n    - id: x\n      run: echo\n      shell: bash\n',
      filename: 'action.yml',
      errors: [{ messageId: 'duplicateStep', line: 8, column: 11, message: /step 1 of this action/ }],
    },
  ],
});
