import rule from '../../../src/rules/dockerfile/no-verification-bypass.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN curl -fsSL https://example.com/x -o /tmp/x\n',
    'FROM debian:12\nRUN wget -q https://example.com/x\n',
    'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\n',
    'FROM node:20\nRUN npm config set strict-ssl true\n',
    'FROM debian:12\nRUN curl --keepalive-time 5 https://example.com/x\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN curl -fsSLk https://example.com/x\n',
      errors: [{ messageId: 'command', line: 2, column: 10, endColumn: 16, message: /curl --insecure/ }],
    },
    {
      code: 'FROM debian:12\nRUN wget --no-check-certificate https://example.com/x\n',
      errors: [{ messageId: 'command', line: 2, column: 10 }],
    },
    {
      code: 'FROM python:3.12\nRUN pip install --trusted-host pypi.example.com flask\n',
      errors: [{ messageId: 'command', line: 2, column: 17 }],
    },
    {
      code: 'FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/x.apk\n',
      errors: [{ messageId: 'command', line: 2, column: 13 }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get install -y --allow-unauthenticated x\n',
      errors: [{ messageId: 'command', line: 2, column: 24 }],
    },
    {
      code: 'FROM debian:12\nRUN git -c http.sslVerify=false clone https://example.com/r.git\n',
      errors: [{ messageId: 'command', line: 2, column: 12 }],
    },
    {
      code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0 PYTHONHTTPSVERIFY=0\n',
      errors: [
        { messageId: 'env', line: 2, column: 5 },
        { messageId: 'env', line: 2, column: 36 },
      ],
    },
    {
      code: 'FROM node:20\nRUN npm config set strict-ssl false\n',
      errors: [{ messageId: 'command', line: 2, column: 20 }],
    },
  ],
});
