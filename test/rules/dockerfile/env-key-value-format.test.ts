import rule from '../../../src/rules/dockerfile/env-key-value-format.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nENV LANG=C.UTF-8 TZ=UTC\n',
    'FROM debian:12\nLABEL org.opencontainers.image.title="api"\n',
    'FROM debian:12\nENV A="x y" \\\n    B=2\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nENV LANG C.UTF-8\n',
      errors: [{ messageId: 'legacy', line: 2, column: 1, endColumn: 4, message: /`ENV LANG=C\.UTF-8`/ }],
    },
    {
      code: 'FROM debian:12\nLABEL maintainer Jane Doe\n',
      errors: [{ messageId: 'legacy', line: 2, column: 1, message: /maintainer="Jane Doe"/ }],
    },
  ],
});
