import rule from '../../../src/rules/dockerfile/useradd-no-log-init.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN useradd -l -u 123456 app\n',
    'FROM debian:12\nRUN useradd --no-log-init --uid 123456 app\n',
    'FROM debian:12\nRUN useradd -u 10001 app\n',
    'FROM debian:12\nRUN useradd -r -l -m -u 200000 app\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN useradd -m -u 123456 app\n',
      errors: [{ messageId: 'logInit', line: 2, column: 16, endColumn: 18 }],
    },
    {
      code: 'FROM debian:12\nRUN groupadd -g 900000 app && useradd --uid=900000 -g app app\n',
      errors: [{ messageId: 'logInit', line: 2, column: 39, message: /900000/ }],
    },
  ],
});
