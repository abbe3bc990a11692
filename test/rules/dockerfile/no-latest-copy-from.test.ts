import rule from '../../../src/rules/dockerfile/no-latest-copy-from.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n',
    'FROM alpine:3.20\nCOPY --from=ghcr.io/acme/tools@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef /bin/t /bin/t\n',
    'FROM golang:1.22 AS build.stage\nFROM alpine:3.20\nCOPY --from=build.stage /out /out\n',
    'FROM alpine:3.20\nCOPY --from=builder /out /out\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nCOPY --from=nginx:latest /etc/nginx /etc/nginx\n',
      errors: [{ messageId: 'latest', line: 2, column: 6, endColumn: 25 }],
    },
    {
      code: 'FROM alpine:3.20\nCOPY --link --from=ghcr.io/acme/tools /bin/t /bin/t\n',
      errors: [{ messageId: 'untagged', line: 2, column: 13 }],
    },
  ],
});
