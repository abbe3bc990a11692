import rule from '../../../src/rules/dockerfile/label-key-format.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nLABEL org.opencontainers.image.source="https://example.com/x" maintainer=me\n',
    'FROM debian:12\nLABEL description "legacy Form With Spaces"\n',
    'FROM debian:12\nARG KEY=x\nLABEL ${KEY}=1\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nLABEL Org.Example=1\n',
      errors: [{ messageId: 'format', line: 2, column: 7, endColumn: 18 }],
    },
    {
      code: 'FROM debian:12\nLABEL a..b=1 c_d=2 -e=3\n',
      errors: [
        { messageId: 'format', line: 2, column: 7 },
        { messageId: 'format', line: 2, column: 14 },
        { messageId: 'format', line: 2, column: 20 },
      ],
    },
    {
      name: 'a key ends with a letter',
      code: 'FROM debian:12\nLABEL org.example.v2=1\n',
      errors: [{ messageId: 'format', line: 2, column: 7 }],
    },
    { code: 'FROM debian:12\nLABEL com.docker.extension=1\n', errors: [{ messageId: 'reserved', line: 2, column: 7 }] },
  ],
});
