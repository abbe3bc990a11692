import rule from '../../../src/rules/dockerfile/prefer-copy.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nCOPY . /app\n',
    'FROM debian:12\nADD rootfs.tar.xz /\n',
    'FROM debian:12\nADD https://example.com/tool.tgz /opt/\n',
    'FROM debian:12\nADD ${ARTIFACT} /opt/\n',
  ],
  invalid: [
    { code: 'FROM debian:12\nADD . /app\n', errors: [{ messageId: 'copy', line: 2, column: 1, endColumn: 4 }] },
    {
      code: 'FROM debian:12\nADD --chown=app:app ["config.yml", "/etc/app/"]\n',
      errors: [{ messageId: 'copy', line: 2, column: 1 }],
    },
  ],
});
