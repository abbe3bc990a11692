import rule from '../../../src/rules/dockerfile/pipefail.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a PowerShell SHELL is not POSIX',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-Process | Stop-Process\n',
    },
    {
      name: 'pipefail bundled with other options of the SHELL',
      code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -qO- https://example.com/x | tar -x\n',
    },
    { name: 'exec form of a program, no shell', code: 'FROM debian:12\nRUN ["grep", "-r", "a|b", "/etc"]\n' },
    {
      name: 'an ONBUILD trigger under a pipefail SHELL',
      code: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nONBUILD RUN curl -fsSL https://example.com/x | tar -x\n',
    },
    'FROM alpine:3.20\nRUN set -o pipefail && wget -qO- https://example.com/x | tar -x\n',
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/x.tgz | tar -xz\n',
    'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN set -euo pipefail; curl -fsSL https://example.com/x.tgz | tar -xz\n',
    'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN echo "deb http://example.com stable main" | tee /etc/apt/sources.list.d/x.list\n',
    {
      name: 'SHELL inherited two stages up the FROM chain',
      code: 'FROM debian:12 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM a AS b\nRUN true\nFROM b\nRUN curl -fsSL https://example.com/x | tar -x\n',
    },
    {
      name: 'SHELL inherited through FROM',
      code: 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://example.com/x | tar -x\n',
    },
    {
      name: 'heredoc with its own pipefail',
      code: 'FROM debian:12\nRUN <<EOF\n#!/bin/bash\nset -eo pipefail\ncurl -fsSL https://example.com/x | tar -x\nEOF\n',
    },
  ],
  invalid: [
    {
      name: 'the default /bin/sh, whatever the base image: switch to bash',
      code: 'FROM debian:12\nRUN curl -fsSL https://example.com/x.tgz | tar -xz\n',
      errors: [
        {
          messageId: 'pipefail',
          line: 2,
          column: 42,
          message: /under sh .*SHELL \["\/bin\/bash", "-o", "pipefail", "-c"\]/,
        },
      ],
    },
    {
      name: 'an explicit sh, and a pipe inside sh -c',
      code: 'FROM scratch AS empty\nFROM debian:12\nSHELL ["/bin/sh", "-c"]\nRUN sh -c "wget -qO- https://example.com/x | tar -x"\n',
      errors: [{ messageId: 'pipefail', line: 4, column: 44 }],
    },
    {
      name: 'an ONBUILD trigger, at the ONBUILD line',
      code: 'FROM debian:12\nONBUILD RUN wget -qO- https://example.com/x | tar -x\n',
      errors: [{ messageId: 'pipefail', line: 2, column: 45 }],
    },
    {
      name: 'Alpine runs /bin/sh as ash',
      code: 'FROM node:20-alpine AS build\nFROM build\nRUN wget -qO- https://example.com/x | tar -x\n',
      errors: [{ messageId: 'pipefail', line: 3, column: 37, message: /under ash/ }],
    },
    {
      code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN curl -fsSL https://example.com/x.tgz | tar -xz\n',
      errors: [{ messageId: 'pipefail', line: 3, column: 42, endColumn: 43, message: /under bash/ }],
    },
    {
      name: 'heredoc with a bash shebang',
      code: 'FROM debian:12\nRUN <<EOF\n#!/usr/bin/env bash\nset -e\nwget -qO- https://example.com/x | tar -x\nEOF\n',
      errors: [{ messageId: 'pipefail', line: 5, column: 33 }],
    },
    {
      name: 'exec form bash',
      code: 'FROM debian:12\nRUN ["bash", "-c", "curl -fsSL https://example.com/x | tar -x"]\n',
      errors: [{ messageId: 'pipefail', line: 2, column: 54 }],
    },
    {
      name: 'a SHELL after the RUN does not apply to it',
      code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN curl -fsSL https://example.com/x | tar -x\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/y | tar -x\n',
      errors: [{ messageId: 'pipefail', line: 3, column: 38 }],
    },
    {
      name: 'the base image of the whole chain decides (Alpine three stages up)',
      code: 'FROM alpine:3.20 AS a\nFROM a AS b\nFROM b\nRUN wget -qO- https://example.com/x | tar -x\n',
      errors: [{ messageId: 'pipefail', line: 4, column: 37, message: /under ash/ }],
    },
    {
      name: 'continuation lines',
      code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-c"]\nRUN wget -qO- https://example.com/x \\\n  | tar -x\n',
      errors: [{ messageId: 'pipefail', line: 4, column: 3 }],
    },
  ],
});
