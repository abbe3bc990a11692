import rule from '../../../src/rules/dockerfile/no-copied-secret-files.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\nCOPY .env.example /app/.env.example\n',
    'FROM debian:12\nCOPY corp-ca.pem /usr/local/share/ca-certificates/corp-ca.crt\n',
    'FROM debian:12\nCOPY proxy.pem /usr/local/share/ca-certificates/\n',
    'FROM nginx:1.27\nCOPY certs/fullchain.pem /etc/nginx/certs/\n',
    'FROM debian:12\nCOPY id_rsa.pub /home/app/.ssh/authorized_keys\n',
    'FROM debian:12\nCOPY keys/ /etc/app/keys-readme/\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nCOPY id_rsa /root/.ssh/id_rsa\n',
      errors: [{ messageId: 'secretFile', line: 2, column: 6, endColumn: 12, message: /SSH private key/ }],
    },
    {
      code: 'FROM node:20\nCOPY package.json .npmrc ./\n',
      errors: [{ messageId: 'secretFile', line: 2, column: 19, message: /credentials file/ }],
    },
    {
      code: 'FROM haproxy:2.9\nCOPY site.pem /usr/local/etc/haproxy/site.pem\n',
      errors: [{ messageId: 'secretFile', line: 2, column: 6, message: /private key/ }],
    },
    {
      code: 'FROM node:20\nCOPY .env.production /app/.env\n',
      errors: [{ messageId: 'secretFile', line: 2, column: 6, message: /dotenv/ }],
    },
    {
      code: 'FROM nginx:1.27\nADD ["certs/server.key", "certs/privkey.pem", "/etc/nginx/"]\n',
      errors: [
        { messageId: 'secretFile', line: 2, column: 7 },
        { messageId: 'secretFile', line: 2, column: 27 },
      ],
    },
  ],
});
