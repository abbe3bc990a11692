import rule from '../../../src/rules/github-actions/excessive-permissions.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const job = (id: string, extra = ''): string =>
  `  ${id}:\n    runs-on: ubuntu-latest\n${extra}    steps:\n      - run: make\n`;

ruleTester(rule, {
  valid: [
    `on: push\npermissions:\n  contents: read\njobs:\n${job('a')}${job('b')}`,
    `on: push\npermissions: {}\njobs:\n${job('a', '    permissions:\n      contents: write\n')}`,
    // Every job declares its own.
    `on: push\njobs:\n${job('a', '    permissions:\n      contents: read\n')}${job('b', '    permissions: {}\n')}`,
    // One job: top-level write is the job's write.
    `on: push\npermissions:\n  contents: write\njobs:\n${job('a')}`,
    // Top-level write, but every job narrows it.
    `on: push\npermissions:\n  contents: write\njobs:\n${job('a', '    permissions:\n      contents: write\n')}${job('b', '    permissions:\n      contents: read\n')}`,
    // A reusable workflow gets its caller's permissions.
    `on: workflow_call\njobs:\n${job('a')}`,
  ],
  invalid: [
    {
      code: `on: push\njobs:\n${job('a')}${job('b', '    permissions:\n      contents: read\n')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 3 }],
    },
    {
      code: `on: push\npermissions: write-all\njobs:\n${job('a')}`,
      errors: [{ messageId: 'writeAll', line: 2, column: 14 }],
    },
    {
      code: `on: push\npermissions: read-all\njobs:\n${job('a', '    permissions: write-all\n')}${job('b', '    permissions: read-all\n')}`,
      errors: [
        {
          messageId: 'readAll',
          line: 2,
          column: 14,
          message: /`permissions: read-all` lets the token read every scope/,
        },
        { messageId: 'writeAll', line: 6, column: 18 },
        { messageId: 'readAll', line: 11, column: 18 },
      ],
    },
    {
      code: `on: push\npermissions:\n  contents: read\n  packages: write\njobs:\n${job('build')}${job('publish', '    permissions:\n      packages: write\n')}`,
      errors: [
        {
          messageId: 'topLevelWrite',
          line: 4,
          column: 13,
          message: /`packages: write` at the top applies to every job, including "build"/,
        },
      ],
    },
  ],
});
