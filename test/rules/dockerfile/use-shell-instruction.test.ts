import rule from '../../../src/rules/dockerfile/use-shell-instruction.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-c"]\n',
    'FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n',
      errors: [{ messageId: 'symlink', line: 2, column: 5, endColumn: 7, message: /SHELL \["\/bin\/bash", "-c"\]/ }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get install -y zsh && ln -s -f /usr/bin/zsh /bin/sh\n',
      errors: [{ messageId: 'symlink', line: 2, column: 31 }],
    },
  ],
});
