import rule from '../../../src/rules/dockerfile/syntax.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\n',
    'ARG BASE=node:20\nFROM ${BASE}\n',
    { name: 'escape directive and continuation', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir C:\\app `\n    && dir C:\\app\n' },
    { name: 'heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\nFROM is not an instruction here\nEOF\n' },
    { name: 'empty file', code: '' },
  ],
  invalid: [
    { code: 'FROM node:20\nCOPPY . /app\n', errors: [{ messageId: 'syntax', line: 2, column: 1, message: /unknown instruction "COPPY"/ }] },
    { code: 'ENV A=1\nFROM node:20\n', errors: [{ messageId: 'syntax', line: 1, column: 1, message: /ENV before the first FROM/ }] },
    { code: 'ARG A=1\n', errors: [{ messageId: 'syntax', line: 1, message: /no FROM instruction/ }] },
  ],
});
