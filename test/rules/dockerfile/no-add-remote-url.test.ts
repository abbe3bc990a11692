import rule from '../../../src/rules/dockerfile/no-add-remote-url.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /opt/\n',
    'FROM debian:12\nADD https://github.com/moby/buildkit.git#v0.14.1 /src\n',
    'FROM debian:12\nADD rootfs.tar.gz /\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nADD https://example.com/tool.tgz /opt/\n',
      errors: [{ messageId: 'unverified', line: 2, column: 5, endColumn: 33 }],
    },
    {
      code: 'FROM debian:12\nADD git@github.com:acme/app.git /src\n',
      errors: [{ messageId: 'unpinnedGit', line: 2, column: 5 }],
    },
  ],
});
