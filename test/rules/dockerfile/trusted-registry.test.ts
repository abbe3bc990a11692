import rule from '../../../src/rules/dockerfile/trusted-registry.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const settings = { trustedRegistries: ['ghcr.io/acme', '*.dkr.ecr.eu-west-1.amazonaws.com', 'docker.io/library'] };

ruleTester(rule, {
  valid: [
    {
      name: 'well-known public registries until a list is set',
      code: 'FROM node:20\nFROM ghcr.io/acme/x:1\nFROM quay.io/prometheus/busybox:1.36\nFROM europe-docker.pkg.dev/p/r/i:1\n',
    },
    { code: 'FROM ghcr.io/acme/base:1.2\nFROM node:20\n', settings },
    {
      name: 'Docker Hub aliases',
      code: 'FROM registry.docker.com/library/ruby:3.3\nFROM index.docker.io/library/node:20\n',
      settings,
    },
    { code: 'FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1\n', settings },
    { code: 'FROM scratch\nFROM ghcr.io/acme/b:1 AS b\nFROM b\nCOPY --from=b /x /x\n', settings },
  ],
  invalid: [
    {
      name: 'unknown registry without a list',
      code: 'FROM registry.example.net/tools/base:1.2\n',
      errors: [{ messageId: 'untrusted', line: 1, column: 6, message: /set settings\.trustedRegistries/ }],
    },
    {
      code: 'FROM ghcr.io/other/base:1.2\n',
      settings,
      errors: [{ messageId: 'untrusted', line: 1, column: 6, endColumn: 28, message: /ghcr\.io, which/ }],
    },
    {
      code: 'FROM bitnami/redis:7.2\n',
      settings,
      errors: [{ messageId: 'untrusted', line: 1, column: 6, message: /docker\.io/ }],
    },
    {
      code: 'FROM node:20\nCOPY --from=quay.io/x/y:1 /a /a\n',
      settings,
      errors: [{ messageId: 'untrusted', line: 2, column: 6 }],
    },
  ],
});
