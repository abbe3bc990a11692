import rule from '../../../src/rules/dockerfile/apt-no-install-recommends.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n',
    'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n',
    {
      name: 'disabled in apt configuration earlier',
      code: 'FROM debian:12\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y curl\n',
    },
    {
      name: 'builder stage is not shipped',
      code: 'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12\nCOPY --from=build /out /out\n',
    },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
      errors: [{ messageId: 'recommends', line: 2, column: 31 }],
    },
    {
      name: 'stage the final one builds FROM is shipped',
      code: 'FROM debian:12 AS base\nRUN apt-get install -y curl\nFROM base\nCMD ["curl"]\n',
      errors: [{ messageId: 'recommends', line: 2, column: 13 }],
    },
  ],
});
