import rule from '../../../src/rules/dockerfile/no-sudo.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y sudo\n',
    'FROM debian:12\nRUN echo sudo\n',
    'FROM debian:12\nUSER root\nRUN apt-get install -y curl\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN sudo apt-get install -y curl\n',
      errors: [{ messageId: 'sudo', line: 2, column: 5, endColumn: 9 }],
    },
    {
      code: 'FROM debian:12\nRUN mkdir /app && sudo -u app touch /app/x\n',
      errors: [{ messageId: 'sudo', line: 2, column: 19 }],
    },
    {
      code: 'FROM debian:12\nRUN <<EOF\nset -e\n/usr/bin/sudo chown app /srv\nEOF\n',
      errors: [{ messageId: 'sudo', line: 4, column: 1, endColumn: 14 }],
    },
  ],
});
