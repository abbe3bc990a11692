import rule from '../../../src/rules/dockerfile/global-arg-in-stage.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'ARG VERSION=1.2\nFROM alpine:${VERSION}\n',
    'ARG VERSION=1.2\nFROM alpine:3.20\nARG VERSION\nRUN echo "$VERSION" > /version\n',
    'ARG VERSION=1.2\nFROM alpine:3.20 AS base\nARG VERSION\nFROM base\nRUN echo $VERSION\n',
    'ARG VERSION=1.2\nFROM alpine:3.20\nENV VERSION=2.0\nRUN echo $VERSION\n',
    {
      name: 'declared two stages up the FROM chain',
      code: 'ARG VERSION=1.2\nFROM alpine:3.20 AS a\nARG VERSION\nFROM a AS b\nFROM b\nRUN echo $VERSION\n',
    },
    'ARG NAME=x\nFROM alpine:3.20\nRUN for NAME in a b; do echo $NAME; done\n',
  ],
  invalid: [
    {
      code: 'ARG VERSION=1.2\nFROM alpine:3.20\nRUN echo "$VERSION" > /version\nLABEL version=${VERSION}\n',
      errors: [{ messageId: 'notInScope', line: 3, column: 11, endColumn: 19, message: /line 1/ }],
    },
    {
      name: 'each stage declares its own',
      code: 'ARG APP=api\nFROM golang:1.22 AS build\nARG APP\nRUN go build ./cmd/$APP\nFROM alpine:3.20\nCOPY --from=build /go/bin/${APP} /usr/local/bin/\n',
      errors: [{ messageId: 'notInScope', line: 6, column: 27 }],
    },
    {
      name: 'declared in a sibling stage only',
      code: 'ARG VERSION=1.2\nFROM alpine:3.20 AS a\nFROM a AS b\nARG VERSION\nFROM a\nRUN echo $VERSION\n',
      errors: [{ messageId: 'notInScope', line: 6, column: 10 }],
    },
  ],
});
