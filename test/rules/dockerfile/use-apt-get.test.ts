import rule from '../../../src/rules/dockerfile/use-apt-get.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl\n',
    'FROM debian:12\nRUN echo apt install\n',
    'FROM debian:12\nRUN apt-cache policy curl\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt update && apt install -y curl\n',
      errors: [
        { messageId: 'apt', line: 2, column: 5 },
        { messageId: 'apt', line: 2, column: 19 },
      ],
    },
    {
      code: 'FROM debian:12\n# hadolint ignore=DL3014\nRUN apt install -y curl\n',
      errors: [{ messageId: 'apt', line: 3, column: 5, endColumn: 8 }],
    },
    {
      name: 'suppressed by its hadolint id',
      code: 'FROM debian:12\n# hadolint ignore=DL3027\nRUN apt install -y curl\nRUN apt remove -y curl\n',
      errors: [{ messageId: 'apt', line: 4 }],
    },
  ],
});
