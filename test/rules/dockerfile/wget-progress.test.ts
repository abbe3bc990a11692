import rule from '../../../src/rules/dockerfile/wget-progress.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/x.tgz\n',
    'FROM debian:12\nRUN wget -qO- https://example.com/x | tar -x\n',
    'FROM debian:12\nRUN wget -nv https://example.com/x\n',
    'FROM debian:12\nRUN wget --no-verbose https://example.com/x\n',
    'FROM debian:12\nRUN wget -o /tmp/wget.log https://example.com/x\n',
    'FROM debian:12\nRUN curl -fsSLO https://example.com/x\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN wget https://example.com/x.tgz\n',
      errors: [{ messageId: 'progress', line: 2, column: 5, endColumn: 9 }],
    },
    {
      code: 'FROM debian:12\nRUN cd /tmp && /usr/bin/wget -O x.tgz https://example.com/x.tgz\n',
      errors: [{ messageId: 'progress', line: 2, column: 16 }],
    },
    {
      name: 'inside bash -c',
      code: `FROM debian:12\nRUN bash -c 'wget https://example.com/x'\n`,
      errors: [{ messageId: 'progress', line: 2, column: 14 }],
    },
  ],
});
