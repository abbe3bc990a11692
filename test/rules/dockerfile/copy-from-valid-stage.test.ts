import rule from '../../../src/rules/dockerfile/copy-from-valid-stage.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM golang:1.22 AS build\nRUN go build -o /out/app\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out/app /app\n',
    'FROM golang:1.22\nRUN go build -o /out/app\nFROM alpine:3.20\nCOPY --from=0 /out/app /app\n',
    'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/\n',
    'FROM alpine:3.20\nCOPY --from=${BUILDER} /out /out\n',
    {
      name: 'stage names are case-insensitive',
      code: 'FROM golang:1.22 AS Build\nFROM alpine:3.20\nCOPY --from=BUILD /out /out\n',
    },
  ],
  invalid: [
    {
      code: 'FROM golang:1.22 AS build\nCOPY --from=build /out /out\n',
      errors: [{ messageId: 'self', line: 2, column: 6, endColumn: 18 }],
    },
    {
      code: 'FROM alpine:3.20 AS app\nCOPY --from=build /out /out\nFROM golang:1.22 AS build\n',
      errors: [{ messageId: 'later', line: 2, column: 6, message: /line 3/ }],
    },
    {
      code: 'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=builder /out /out\n',
      errors: [{ messageId: 'unknown', line: 3, column: 6 }],
    },
    { code: 'FROM alpine:3.20\nCOPY --from=1 /out /out\n', errors: [{ messageId: 'unknown', line: 2, column: 6 }] },
  ],
});
