import rule from '../../../src/rules/dockerfile/syntax.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\n',
    'ARG BASE=node:20\nFROM ${BASE}\n',
    {
      name: 'escape directive and continuation',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir C:\\app `\n    && dir C:\\app\n',
    },
    { name: 'heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\nFROM is not an instruction here\nEOF\n' },
    { name: 'empty file', code: '' },
    {
      name: 'closed here-documents, <<- strips leading tabs',
      code: 'FROM alpine:3.20\nRUN <<-EOF\n\techo hi\n\tEOF\nCOPY <<A <<B /etc/\none\nA\ntwo\nB\n',
    },
    {
      name: 'a continued instruction that ends',
      code: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n',
    },
    { name: 'a backslash in a comment after the last instruction', code: 'FROM debian:12\nRUN make\n# see \\\n' },
    { name: 'a backslash that is not the last character', code: 'FROM debian:12\nRUN printf "a\\n"\n' },
  ],
  invalid: [
    {
      code: 'FROM node:20\nCOPPY . /app\n',
      errors: [{ messageId: 'syntax', line: 2, column: 1, message: /unknown instruction "COPPY"/ }],
    },
    {
      code: 'ENV A=1\nFROM node:20\n',
      errors: [{ messageId: 'syntax', line: 1, column: 1, message: /ENV before the first FROM/ }],
    },
    { code: 'ARG A=1\n', errors: [{ messageId: 'syntax', line: 1, message: /no FROM instruction/ }] },
    {
      name: 'a here-document that is never closed',
      code: 'FROM alpine:3.20\nRUN echo ok\nRUN <<EOF\napk add curl\n',
      errors: [{ messageId: 'syntax', line: 3, column: 5, message: /here-document <<EOF is never closed/ }],
    },
    {
      name: 'the second of two here-documents is never closed',
      code: 'FROM alpine:3.20\nCOPY <<A <<B /etc/\none\nA\ntwo\n',
      errors: [{ messageId: 'syntax', line: 2, column: 10, message: /<<B is never closed/ }],
    },
    {
      name: 'a here-document closed by an indented line (only <<- strips tabs)',
      code: 'FROM alpine:3.20\nRUN <<EOT\n  env\n  EOT\n',
      errors: [{ messageId: 'syntax', line: 2, column: 5, message: /<<EOT is never closed/ }],
    },
    {
      name: 'a line continuation at the end of the file',
      code: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl \\\n',
      errors: [{ messageId: 'syntax', line: 3, column: 29, message: /ends with the line continuation "\\"/ }],
    },
    {
      name: 'a line continuation at the end of the file, no final new line',
      code: 'FROM debian:12\nRUN make \\',
      errors: [{ messageId: 'syntax', line: 2, column: 10 }],
    },
    {
      name: 'a line continuation followed only by comment and blank lines',
      code: 'FROM debian:12\nRUN make \\\n  # install\n\n',
      errors: [{ messageId: 'syntax', line: 2, column: 10 }],
    },
    {
      name: 'a line continuation with the escape directive',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\r\n',
      errors: [{ messageId: 'syntax', line: 3, column: 9, message: /line continuation "`"/ }],
    },
  ],
});
