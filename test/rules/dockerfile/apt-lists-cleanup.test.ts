import rule from '../../../src/rules/dockerfile/apt-lists-cleanup.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n',
    'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12\n',
    'FROM debian:12\nRUN apt-get install -y curl\n',
    {
      name: 'heredoc',
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n',
    },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
      errors: [{ messageId: 'lists', line: 2, column: 13, endColumn: 19 }],
    },
    {
      name: 'cleanup in a later RUN does not shrink the layer',
      code: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n',
      errors: [{ messageId: 'lists', line: 2, column: 13 }],
    },
  ],
});
