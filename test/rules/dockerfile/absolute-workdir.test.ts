import rule from '../../../src/rules/dockerfile/absolute-workdir.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nWORKDIR /app\n',
    'FROM debian:12\nWORKDIR $HOME/app\n',
    'FROM debian:12\nWORKDIR "/srv/my app"\n',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n',
  ],
  invalid: [
    { code: 'FROM debian:12\nWORKDIR app\n', errors: [{ messageId: 'relative', line: 2, column: 9, endColumn: 12 }] },
    { code: 'FROM debian:12\nWORKDIR /srv\nWORKDIR ./web\n', errors: [{ messageId: 'relative', line: 3, column: 9 }] },
  ],
});
