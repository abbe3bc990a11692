import rule from '../../../src/rules/dockerfile/label-schema.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const schema = { 'org.example.owner': 'email', 'org.example.version': 'semver', 'org.example.team': 'text' };

ruleTester(rule, {
  valid: [
    'FROM debian:12\nLABEL org.opencontainers.image.created="2024-05-01T12:00:00Z" org.opencontainers.image.source="https://example.com/x"\n',
    'FROM debian:12\nLABEL org.opencontainers.image.licenses="(MIT OR Apache-2.0) AND BSD-3-Clause"\n',
    'FROM debian:12\nLABEL org.opencontainers.image.revision="0123456789abcdef0123456789abcdef01234567"\n',
    'FROM debian:12\nARG CREATED\nLABEL org.opencontainers.image.created=$CREATED\n',
    'FROM debian:12\nLABEL anything=goes\n',
    {
      name: 'the configured schema, labels set in a base stage',
      code: 'FROM debian:12 AS base\nLABEL org.example.owner=team@example.com\nFROM base\nLABEL org.example.version=1.4.2 org.example.team="platform"\n',
      options: { schema, strict: true },
    },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nLABEL org.opencontainers.image.created="yesterday"\n',
      errors: [{ messageId: 'invalid', line: 2, column: 7, message: /RFC 3339/ }],
    },
    {
      code: 'FROM debian:12\nLABEL org.opencontainers.image.licenses="MIT OR" org.opencontainers.image.url=not-a-url\n',
      errors: [
        { messageId: 'invalid', line: 2, column: 7, message: /SPDX/ },
        { messageId: 'invalid', line: 2, column: 50, message: /a URL/ },
      ],
    },
    {
      code: 'FROM debian:12\nLABEL org.opencontainers.image.revision=abc123 org.opencontainers.image.source=""\n',
      errors: [
        { messageId: 'invalid', line: 2, column: 7, message: /git commit hash/ },
        { messageId: 'empty', line: 2, column: 48 },
      ],
    },
    {
      name: 'required, typed and superfluous labels of the configured schema',
      code: 'FROM debian:12\nLABEL org.example.owner=nobody org.example.version=1.4 other=1\n',
      options: { schema, strict: true },
      errors: [
        { messageId: 'missing', line: 1, column: 1, message: /"org.example.team"/ },
        { messageId: 'invalid', line: 2, column: 7, message: /e-mail/ },
        { messageId: 'invalid', line: 2, column: 32, message: /semantic version/ },
        { messageId: 'superfluous', line: 2, column: 56 },
      ],
    },
  ],
});
