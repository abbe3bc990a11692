import rule from '../../../src/rules/dockerfile/no-dist-upgrade.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n',
    'FROM opensuse/leap:15.5\nRUN zypper -n update\n',
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y\n',
      errors: [{ messageId: 'distUpgrade', line: 2, column: 31, endColumn: 43 }],
    },
    {
      code: 'FROM ubuntu:24.04\nRUN apt full-upgrade -y\n',
      errors: [{ messageId: 'distUpgrade', line: 2, column: 9 }],
    },
    {
      code: 'FROM opensuse/leap:15.5\nRUN zypper -n dup\n',
      errors: [{ messageId: 'distUpgrade', line: 2, column: 15 }],
    },
  ],
});
