import rule from '../../../src/rules/github-actions/unsafe-deploy.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const steps = '    steps:\n      - run: ./deploy.sh\n';

ruleTester(rule, {
  valid: [
    `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: production\n    concurrency:\n      group: deploy-production\n      cancel-in-progress: false\n${steps}`,
    `on: push\nconcurrency: deploy-\${{ github.ref }}\njobs:\n  ship:\n    runs-on: ubuntu-latest\n    environment:\n      name: prod\n${steps}`,
    `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n${steps}`,
  ],
  invalid: [
    {
      code: `on: push\njobs:\n  deploy-prod:\n    runs-on: ubuntu-latest\n${steps}`,
      errors: [
        { messageId: 'environment', line: 3, column: 3 },
        { messageId: 'concurrency', line: 3, column: 3 },
      ],
    },
    {
      code: `on: push\nconcurrency:\n  group: x\n  cancel-in-progress: true\njobs:\n  ship:\n    runs-on: ubuntu-latest\n    environment: prod\n${steps}`,
      errors: [{ messageId: 'cancel', line: 4, column: 23 }],
    },
    {
      name: 'a cancelling workflow-level group is reported once for several deploy jobs',
      code: `on: push\nconcurrency:\n  group: x\n  cancel-in-progress: true\njobs:\n  ship:\n    runs-on: ubuntu-latest\n    environment: prod\n${steps}  publish:\n    runs-on: ubuntu-latest\n    environment: pypi\n${steps}`,
      errors: [{ messageId: 'cancel', line: 4, column: 23, message: /"ship"/ }],
    },
  ],
});
