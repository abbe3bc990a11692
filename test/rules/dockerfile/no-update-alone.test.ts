import rule from '../../../src/rules/dockerfile/no-update-alone.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n',
    'FROM alpine:3.20\nRUN apk update && apk add curl\n',
    { name: 'heredoc', code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n',
      errors: [{ messageId: 'alone', line: 2, column: 13, endColumn: 19 }],
    },
    { code: 'FROM alpine:3.20\nRUN apk update\n', errors: [{ messageId: 'alone', line: 2, column: 9 }] },
    {
      name: 'another manager does not count',
      code: 'FROM debian:12\nRUN apt-get update && pip install flask\n',
      errors: [{ messageId: 'alone', line: 2, column: 13 }],
    },
  ],
});
