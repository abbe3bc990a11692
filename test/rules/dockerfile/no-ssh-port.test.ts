import rule from '../../../src/rules/dockerfile/no-ssh-port.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nEXPOSE 80 2222\n',
    'FROM debian:12\nEXPOSE 22/udp\n',
    { name: 'builder stage', code: 'FROM debian:12 AS sshd-test\nEXPOSE 22\nFROM debian:12\nEXPOSE 8080\n' },
  ],
  invalid: [
    { code: 'FROM debian:12\nEXPOSE 80 22\n', errors: [{ messageId: 'ssh', line: 2, column: 11, endColumn: 13 }] },
    { code: 'FROM debian:12\nEXPOSE 20-25/tcp\n', errors: [{ messageId: 'ssh', line: 2, column: 8 }] },
  ],
});
