import rule from '../../../src/rules/dockerfile/onbuild-trigger.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: ['FROM debian:12\nONBUILD COPY . /app/\nONBUILD RUN make\n', 'FROM debian:12\nONBUILD RUN echo FROM\n'],
  invalid: [
    {
      code: 'FROM debian:12\nONBUILD ONBUILD RUN make\n',
      errors: [{ messageId: 'refused', line: 2, column: 9, endColumn: 16, message: /`ONBUILD ONBUILD`/ }],
    },
    {
      code: 'FROM debian:12\nONBUILD from alpine:3.20\n',
      errors: [{ messageId: 'refused', line: 2, column: 9, message: /`ONBUILD FROM`/ }],
    },
    { code: 'FROM debian:12\nONBUILD MAINTAINER me\n', errors: [{ messageId: 'refused', line: 2, column: 9 }] },
    {
      code: 'FROM debian:12\nONBUILD RUNN make\n',
      errors: [{ messageId: 'unknown', line: 2, column: 9, message: /`ONBUILD RUNN`/ }],
    },
  ],
});
