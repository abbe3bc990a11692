import rule from '../../../src/rules/dockerfile/extract-with-add.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nADD app.tar.gz /opt/\n',
    'FROM debian:12\nCOPY app.tar.gz /srv/\n',
    {
      name: 'another archive is extracted',
      code: 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/other.tar.gz\n',
    },
    { name: 'listed, not extracted', code: 'FROM debian:12\nCOPY app.tar /tmp/\nRUN tar -tf /tmp/app.tar\n' },
    {
      name: 'from another stage',
      code: 'FROM debian:12 AS b\nFROM debian:12\nCOPY --from=b /app.tar /tmp/\nRUN tar -xf /tmp/app.tar\n',
    },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n',
      errors: [{ messageId: 'add', line: 2, column: 6, endColumn: 16 }],
    },
    {
      name: 'old-style bundled options',
      code: 'FROM debian:12\nCOPY dist/site.tgz ./\nRUN tar xzf site.tgz\n',
      errors: [{ messageId: 'add', line: 2, column: 6 }],
    },
  ],
});
