import rule from '../../../src/rules/dockerfile/no-host-commands.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y openssh-client vim\n',
    'FROM debian:12\nRUN echo ps top\n',
    'FROM debian:12\nCMD ["service", "nginx", "start"]\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN service nginx start\n',
      errors: [{ messageId: 'host', line: 2, column: 5, endColumn: 12, message: /`service` starts a service/ }],
    },
    {
      code: 'FROM debian:12\nRUN mkdir /x && mount -t tmpfs none /x\n',
      errors: [{ messageId: 'host', line: 2, column: 17 }],
    },
    {
      code: 'FROM debian:12\nRUN ps aux | grep x && sudo shutdown -h now\n',
      errors: [
        { messageId: 'host', line: 2, column: 5 },
        { messageId: 'host', line: 2, column: 29 },
      ],
    },
    {
      name: 'an ONBUILD trigger',
      code: 'FROM debian:12\nONBUILD RUN vim /etc/hosts\n',
      errors: [{ messageId: 'host', line: 2, column: 13 }],
    },
  ],
});
