import rule from '../../../src/rules/dockerfile/build-tools-in-final-stage.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM golang:1.22 AS build\nRUN go build -o /out/app ./cmd/app\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out/app /app\n',
    'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc libpq-dev \\\n && pip install --no-cache-dir psycopg2 \\\n && apt-get purge -y gcc libpq-dev && rm -rf /var/lib/apt/lists/*\n',
    'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install cffi && apk del .build-deps\n',
    'FROM node:20-slim\nCOPY package*.json ./\nRUN npm ci --omit=dev\n',
    'FROM node:20-slim\nENV NODE_ENV=production\nRUN npm ci\n',
    'FROM node:20-slim\nRUN npm install -g pm2@5.3.1 && yarn install --production\n',
    'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl libpq5\n',
    {
      name: 'compile from source, then purge everything apt-mark made automatic',
      code: 'FROM debian:12\nRUN set -eux; \\\n  savedAptMark="$(apt-mark showmanual)"; \\\n  apt-get update; apt-get install -y --no-install-recommends gcc make libssl-dev; \\\n  ./configure && make && make install; \\\n  apt-mark auto \'.*\' > /dev/null; apt-mark manual $savedAptMark; \\\n  apt-get purge -y --auto-remove; rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'package.json without devDependencies',
      code: 'FROM node:20-slim\nRUN npm ci\n',
      files: { 'package.json': '{"dependencies": {"express": "4.19.2"}}' },
    },
  ],
  invalid: [
    {
      code: 'FROM golang:1.22\nCOPY . .\nRUN go build -o /app ./cmd/app\n',
      errors: [{ messageId: 'command', line: 3, column: 8, endColumn: 13, message: /go build/ }],
    },
    {
      code: 'FROM debian:12\nRUN apt-get install -y build-essential curl\n',
      errors: [{ messageId: 'package', line: 3 - 1, column: 24, endColumn: 39 }],
    },
    {
      code: 'FROM node:20-slim\nRUN npm ci && npm run build\n',
      errors: [{ messageId: 'devDependencies', line: 2, column: 9 }],
    },
    {
      name: 'package.json with devDependencies',
      code: 'FROM node:20-slim\nCOPY package*.json ./\nRUN yarn\n',
      files: { 'package.json': '{"devDependencies": {"jest": "29.7.0"}}' },
      errors: [{ messageId: 'devDependencies', line: 3, column: 5, message: /yarn install/ }],
    },
    {
      name: 'a stage the final one builds FROM ships too',
      code: 'FROM python:3.12-alpine AS base\nRUN apk add --no-cache gcc musl-dev\nFROM base\nCMD ["python", "app.py"]\n',
      errors: [{ messageId: 'package', line: 2, column: 24 }],
    },
    {
      name: 'heredoc',
      code: 'FROM rust:1.79\nRUN <<EOF\nset -e\ncargo build --release\nEOF\n',
      errors: [{ messageId: 'command', line: 4, column: 7 }],
    },
  ],
});
