import rule from '../../../src/rules/dockerfile/valid-expose.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp 9000-9010 3868/sctp\n',
    'FROM nginx:1.27\nEXPOSE ${PORT}\n',
    'FROM nginx:1.27\nEXPOSE 8080/TCP\n',
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nEXPOSE 80 8080:80\n',
      errors: [{ messageId: 'port', line: 2, column: 11, endColumn: 18, message: /docker run -p/ }],
    },
    { code: 'FROM nginx:1.27\nEXPOSE 70000\n', errors: [{ messageId: 'port', line: 2, column: 8 }] },
    { code: 'FROM nginx:1.27\nEXPOSE 9010-9000\n', errors: [{ messageId: 'range', line: 2, column: 8 }] },
    { code: 'FROM nginx:1.27\nEXPOSE 80/http\n', errors: [{ messageId: 'protocol', line: 2, column: 8 }] },
  ],
});
