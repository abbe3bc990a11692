import rule from '../../../src/rules/dockerfile/no-secret-in-env.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM python:3.12\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n',
    'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password\n',
    'FROM node:20\nENV TOKEN_TTL=3600 API_KEY_HEADER=X-Api-Key\n',
    'FROM node:20\nENV PASSWORD=\n',
    {
      name: 'ARG without value used only by a secret-mount RUN',
      code: 'FROM node:20\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm,env=NPM_TOKEN npm ci\n',
    },
    {
      name: 'ARG naming the secret id of a secret-mount RUN',
      code: 'FROM node:20\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci # uses $NPM_TOKEN\n',
    },
    'FROM node:20\nARG GITHUB_TOKEN\n',
    { name: 'ENV copying a variable that is no build argument', code: 'FROM node:20\nENV API_TOKEN=${API_TOKEN}\n' },
    'FROM node:20\nLABEL org.opencontainers.image.title="api"\n',
  ],
  invalid: [
    {
      code: 'FROM node:20\nENV DB_PASSWORD=hunter2\n',
      errors: [{ messageId: 'env', line: 2, column: 5, endColumn: 16 }],
    },
    {
      code: 'FROM node:20\nENV LANG=C.UTF-8 \\\n    apiKey=abc123def456\n',
      errors: [{ messageId: 'env', line: 3, column: 5 }],
    },
    { code: 'FROM node:20\nENV SECRET_KEY_BASE "s3cr3t value"\n', errors: [{ messageId: 'env', line: 2, column: 5 }] },
    {
      code: 'FROM node:20\nARG NPM_TOKEN\nENV NPM_TOKEN=${NPM_TOKEN}\n',
      errors: [{ messageId: 'envFromArg', line: 3, column: 5 }],
    },
    {
      code: 'FROM node:20\nARG DB_PASSWORD=changeme\n',
      errors: [{ messageId: 'argDefault', line: 2, column: 5, endColumn: 16 }],
    },
    {
      code: 'FROM node:20\nARG NPM_TOKEN\nRUN echo "//registry.example.com/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci\n',
      errors: [{ messageId: 'argUsed', line: 2, column: 5, message: /line 3/ }],
    },
    {
      name: 'only a RUN after the ARG leaks it; each ARG names the first one after it',
      code: 'FROM node:20\nRUN echo $NPM_TOKEN\nARG NPM_TOKEN\nRUN true\nRUN echo ${NPM_TOKEN:-x}\nARG NPM_TOKEN\nRUN echo $NPM_TOKEN\n',
      errors: [
        { messageId: 'argUsed', line: 3, column: 5, message: /line 5/ },
        { messageId: 'argUsed', line: 6, column: 5, message: /line 7/ },
      ],
    },
    {
      name: 'ENV from an ARG declared two stages up the FROM chain',
      code: 'FROM node:20 AS a\nARG NPM_TOKEN\nFROM a AS b\nFROM b\nENV NPM_TOKEN=$NPM_TOKEN\n',
      errors: [{ messageId: 'envFromArg', line: 5, column: 5 }],
    },
    { code: 'FROM node:20\nLABEL deploy.password="hunter2"\n', errors: [{ messageId: 'env', line: 2, column: 7 }] },
    {
      name: 'builder stage is reported as a warning',
      code: 'FROM node:20 AS build\nENV AWS_SECRET_ACCESS_KEY=abcdefghijklmnop\nFROM node:20-slim\n',
      errors: [{ messageId: 'env', line: 2, column: 5 }],
    },
  ],
});
