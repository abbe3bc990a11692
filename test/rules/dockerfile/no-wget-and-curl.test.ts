import rule from '../../../src/rules/dockerfile/no-wget-and-curl.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSLO https://example.com/a && curl -fsSLO https://example.com/b\n',
    {
      name: 'different stages',
      code: 'FROM debian:12 AS a\nRUN wget https://example.com/a\nFROM debian:12\nRUN curl -O https://example.com/b\n',
    },
    'FROM debian:12\nRUN apt-get install -y wget curl\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget -q https://example.com/a\nRUN curl -fsSLO https://example.com/b && curl -O https://example.com/c\n',
      errors: [{ messageId: 'both', line: 3, column: 5, endColumn: 9, message: /line 2/ }],
    },
  ],
});
