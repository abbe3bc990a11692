import rule from '../../../src/rules/dockerfile/copy-manifests-first.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n',
    'FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN pip install --no-deps .\n',
    'FROM golang:1.22\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build ./...\n',
    'FROM node:20\nCOPY . .\nRUN npm run build\n',
    {
      name: 'install already done before the copy',
      code: 'FROM node:20\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm ci --omit=dev\n',
    },
  ],
  invalid: [
    {
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n',
      errors: [
        {
          messageId: 'order',
          line: 3,
          column: 6,
          endColumn: 7,
          message: /`COPY \. \.` comes before `npm ci` \(line 4\)/,
        },
      ],
    },
    {
      code: 'FROM python:3.12\nCOPY ./ /srv/\nRUN pip install --no-cache-dir -r requirements.txt\n',
      errors: [{ messageId: 'order', line: 2, column: 6, message: /pip install/ }],
    },
    {
      name: 'heredoc install',
      code: 'FROM ruby:3.3\nCOPY . /app\nRUN <<EOF\nbundle install\nEOF\n',
      errors: [{ messageId: 'order', line: 2, column: 6, message: /bundle install/ }],
    },
  ],
});
