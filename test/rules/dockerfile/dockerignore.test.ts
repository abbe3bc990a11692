import rule from '../../../src/rules/dockerfile/dockerignore.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: 'FROM node:20\nCOPY . .\n', files: { '.dockerignore': 'node_modules\n.git\n' } },
    {
      code: 'FROM node:20\nCOPY . /app\n',
      filename: 'services/api/Dockerfile',
      files: { 'services/api/.dockerignore': '.git\n' },
    },
    {
      name: 'per-Dockerfile ignore file',
      code: 'FROM node:20\nCOPY ./ /app\n',
      filename: 'docker/app.Dockerfile',
      files: { 'docker/app.Dockerfile.dockerignore': '.git\n' },
    },
    {
      name: 'ignore file of the repository root (the usual context)',
      code: 'FROM node:20\nCOPY . /app\n',
      filename: 'docker/api/Dockerfile',
      files: { '.dockerignore': '.git\n' },
    },
    'FROM node:20\nCOPY package.json src/ /app/\n',
    'FROM node:20 AS build\nFROM node:20\nCOPY --from=build . /app\n',
  ],
  invalid: [
    {
      code: 'FROM node:20\nCOPY package.json ./\nCOPY . .\nADD . /srv\n',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 5, message: /no \.dockerignore/ }],
    },
    {
      name: 'ignore file of a sibling directory does not count',
      code: 'FROM node:20\nCOPY . /app\n',
      filename: 'services/api/Dockerfile',
      files: { 'services/web/.dockerignore': '.git\n' },
      errors: [{ messageId: 'missing', line: 2, column: 1, message: /services\/api\/\.dockerignore/ }],
    },
  ],
});
