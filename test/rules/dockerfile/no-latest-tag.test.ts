import rule from '../../../src/rules/dockerfile/no-latest-tag.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM node:20.11-alpine\n',
    'FROM node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    'FROM scratch\n',
    'FROM golang:1.22 AS build\nFROM build\n',
    'ARG BASE\nFROM ${BASE}\n',
    'ARG TAG=1.25\nFROM nginx:${TAG}\n',
    '# hadolint ignore=DL3007\nFROM node:latest\n',
  ],
  invalid: [
    { code: 'FROM node:latest\n', errors: [{ messageId: 'latest', line: 1, column: 1 }] },
    { code: 'FROM ubuntu\n', errors: [{ messageId: 'untagged', line: 1, column: 1 }] },
    { code: 'ARG TAG=latest\nFROM nginx:${TAG}\n', errors: [{ messageId: 'latest', line: 2, column: 1 }] },
    { code: 'FROM golang:1.22 AS build\nFROM ghcr.io/acme/runtime\n', errors: [{ messageId: 'untagged', line: 2 }] },
  ],
});
