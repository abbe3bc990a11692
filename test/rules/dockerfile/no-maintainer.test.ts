import rule from '../../../src/rules/dockerfile/no-maintainer.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: ['FROM debian:12\nLABEL org.opencontainers.image.authors="ops@example.com"\n'],
  invalid: [
    {
      code: 'FROM debian:12\nMAINTAINER ops@example.com\n',
      errors: [{ messageId: 'maintainer', line: 2, column: 1, endColumn: 11, message: /authors="ops@example.com"/ }],
    },
    {
      code: 'FROM debian:12\n# checkov:skip=CKV_DOCKER_7 fine\nmaintainer "Ops <ops@example.com>"\n',
      errors: [{ messageId: 'maintainer', line: 3, column: 1 }],
    },
  ],
});
