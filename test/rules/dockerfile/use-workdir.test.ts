import rule from '../../../src/rules/dockerfile/use-workdir.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nWORKDIR /app\nRUN make\n',
    'FROM debian:12\nRUN tar -xzf src.tgz && cd src-1.2 && ./configure\n',
    'FROM debian:12\nRUN cd /tmp && curl -fsSLO https://example.com/x.tgz\n',
    { name: 'there and back again', code: 'FROM debian:12\nRUN cd /usr/src/app && make && cd /\n' },
    {
      name: 'a directory the RUN creates and deletes',
      code: 'FROM debian:12\nRUN mkdir -p /usr/src/py && tar -xf py.tgz -C /usr/src/py && cd /usr/src/py && make install && rm -rf /usr/src/py\n',
    },
  ],
  invalid: [
    {
      code: 'FROM node:20\nRUN cd /app && npm ci\n',
      errors: [{ messageId: 'cd', line: 2, column: 5, endColumn: 7, message: /WORKDIR \/app/ }],
    },
    {
      code: 'FROM node:20\nRUN <<EOF\nset -e\ncd /srv/app\nnpm ci\nEOF\n',
      errors: [{ messageId: 'cd', line: 4, column: 1 }],
    },
  ],
});
