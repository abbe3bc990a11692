import rule from '../../../src/rules/dockerfile/apk-no-cache.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    'FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n',
    'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n',
    'FROM alpine:3.20 AS build\nRUN apk add build-base\nFROM alpine:3.20\nCOPY --from=build /out /out\n',
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk update && apk add curl\n',
      errors: [{ messageId: 'noCache', line: 2, column: 23, endColumn: 26 }],
    },
    {
      code: 'FROM alpine:3.20\nRUN apk add --virtual .deps gcc \\\n && apk del .deps\n',
      errors: [{ messageId: 'noCache', line: 2, column: 9 }],
    },
  ],
});
