import rule from '../../../src/rules/github-actions/unknown-runner.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const job = (runsOn: string): string =>
  `on: push\njobs:\n  a:\n    runs-on: ${runsOn}\n    steps:\n      - run: echo\n`;

ruleTester(rule, {
  valid: [
    job('ubuntu-latest'),
    job('ubuntu-24.04-arm'),
    job('macos-15-xlarge'),
    job('windows-11-arm'),
    job('[self-hosted, linux, gpu]'),
    job('ubuntu-8-core-large'),
    job('ubuntu-22.04-16core'),
    job('${{ matrix.os }}'),
    job('\n      group: large\n      labels: [linux-16-core]'),
    { code: job('[self-hosted, linux, gpu]'), settings: { selfHostedRunnerLabels: ['gpu'] } },
  ],
  invalid: [
    { code: job('ubuntu-20.04'), errors: [{ messageId: 'retired', line: 4, column: 14 }] },
    {
      code: job('ubuntu-lastest'),
      errors: [{ messageId: 'unknown', line: 4, column: 14, message: /Did you mean "ubuntu-latest"/ }],
    },
    { code: job('macos-16'), errors: [{ messageId: 'unknown', line: 4, column: 14 }] },
    {
      code: job('[self-hosted, linux, gpu]'),
      settings: { selfHostedRunnerLabels: ['cuda'] },
      errors: [{ messageId: 'selfHosted', line: 4, column: 35 }],
    },
  ],
});
