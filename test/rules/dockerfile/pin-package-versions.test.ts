import rule from '../../../src/rules/dockerfile/pin-package-versions.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u5\n',
    'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.0-r0 git~2.45\n',
    'FROM python:3.12\nRUN pip install flask==3.0.2 "requests>=2.31" -r requirements.txt\n',
    'FROM python:3.12\nRUN pip install -c constraints.txt flask\n',
    'FROM python:3.12\nRUN pip install . ./lib/dist/pkg-1.0-py3-none-any.whl\n',
    'FROM node:20\nRUN npm install -g pm2@5.3.1 @scope/tool@1.0.0 && npm ci\n',
    'FROM ruby:3.3\nRUN gem install bundler:2.5.6\n',
    'FROM rockylinux:9\nRUN dnf install -y curl-7.76.1\n',
    'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.15.3 && cargo install ripgrep --version 14.1.0\n',
    'FROM ruby:3.3\nRUN gem i rails -v 7.1.3 && sh -c "pip3 install flask==3.0.2"\n',
    { name: 'managers option', code: 'FROM debian:12\nRUN apt-get install -y curl\n', options: { managers: ['pip'] } },
  ],
  invalid: [
    {
      name: 'go install @latest names the module without its version',
      code: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest\n',
      errors: [
        { messageId: 'unpinned', line: 2, column: 16, message: /"golang.org\/x\/tools\/gopls" .*gopls@v1\.2\.3/ },
      ],
    },
    {
      name: 'cargo install, gem i, yarn global add',
      code: 'FROM rust:1.79\nRUN cargo install --locked ripgrep && gem i rails && yarn global add typescript\n',
      errors: [
        { messageId: 'unpinned', line: 2, column: 28, message: /ripgrep@1\.2\.3/ },
        { messageId: 'unpinned', line: 2, column: 45, message: /rails:1\.2\.3/ },
        { messageId: 'unpinned', line: 2, column: 70, message: /typescript@1\.2\.3/ },
      ],
    },
    {
      code: 'FROM debian:12\nRUN apt-get install -y curl git=1:2.39.2-1.1\n',
      errors: [{ messageId: 'unpinned', line: 2, column: 24, endColumn: 28 }],
    },
    {
      code: 'FROM python:3.12\nRUN pip install --upgrade pip flask==3.0.2\n',
      errors: [{ messageId: 'unpinned', line: 2, column: 27, message: /pip==1\.2\.3/ }],
    },
    {
      code: 'FROM node:20\nRUN npm install -g @scope/tool\n',
      errors: [{ messageId: 'unpinned', line: 2, column: 20 }],
    },
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl\n',
      errors: [{ messageId: 'unpinned', line: 3, column: 5 }],
    },
  ],
});
