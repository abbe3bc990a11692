import rule from '../../../src/rules/dockerfile/apt-get-assume-yes.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    'FROM debian:12\nRUN apt-get -qq install curl\n',
    'FROM debian:12\nRUN apt-get install --yes curl && apt-get purge --assume-yes curl\n',
    'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n',
    'FROM debian:12\nRUN yes | apt-get install curl\n',
    'FROM debian:12\nRUN apt-get update\n',
    { name: 'bundled short options', code: 'FROM debian:12\nRUN apt-get install -qy curl\n' },
    { name: 'heredoc', code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get install curl\n',
      errors: [{ messageId: 'missingYes', line: 2, column: 31, endColumn: 38 }],
    },
    { code: 'FROM debian:12\nRUN apt install curl\n', errors: [{ messageId: 'missingYes', line: 2, column: 9 }] },
    {
      name: 'continuation lines',
      code: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install \\\n        curl\n',
      errors: [{ messageId: 'missingYes', line: 3, column: 16 }],
    },
    {
      name: 'heredoc body',
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get dist-upgrade\nEOF\n',
      errors: [{ messageId: 'missingYes', line: 4, column: 9 }],
    },
    {
      name: 'sudo wrapper',
      code: 'FROM debian:12\nRUN sudo apt-get remove curl\n',
      errors: [{ messageId: 'missingYes', line: 2, column: 18 }],
    },
    {
      name: 'exec form',
      code: 'FROM debian:12\nRUN ["apt-get", "install", "curl"]\n',
      errors: [{ messageId: 'missingYes', line: 2, column: 18 }],
    },
  ],
});
