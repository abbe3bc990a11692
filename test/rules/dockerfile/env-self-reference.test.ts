import rule from '../../../src/rules/dockerfile/env-self-reference.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nENV APP_HOME=/app\nENV PATH=$APP_HOME/bin:$PATH\n',
    'FROM debian:12\nENV PATH=/opt/bin:$PATH LANG=C.UTF-8\n',
    'FROM debian:12\nENV APP_HOME /app\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nENV APP_HOME=/app PATH=$APP_HOME/bin:$PATH\n',
      errors: [{ messageId: 'sameStatement', line: 2, column: 24, endColumn: 33 }],
    },
    {
      name: 'continuation lines and braces',
      code: 'FROM debian:12\nENV JAVA_HOME=/opt/jdk \\\n    PATH=${JAVA_HOME}/bin:$PATH\n',
      errors: [{ messageId: 'sameStatement', line: 3, column: 10, endColumn: 22 }],
    },
  ],
});
