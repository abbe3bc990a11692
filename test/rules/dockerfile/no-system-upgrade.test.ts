import rule from '../../../src/rules/dockerfile/no-system-upgrade.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.0-r0\n',
    { name: 'named packages', code: 'FROM rockylinux:9\nRUN dnf upgrade -y openssl && dnf clean all\n' },
    { name: 'a distribution upgrade is docker/no-dist-upgrade', code: 'FROM debian:12\nRUN apt-get dist-upgrade -y\n' },
    { name: 'project dependencies', code: 'FROM node:20\nRUN npm update\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk upgrade --no-cache\n',
      errors: [{ messageId: 'upgrade', line: 2, column: 9, endColumn: 16 }],
    },
    {
      code: 'FROM centos:7\nRUN yum -y update && yum clean all\n',
      errors: [{ messageId: 'upgrade', line: 2, column: 12, message: /`yum update`/ }],
    },
    { code: 'FROM rockylinux:9\nRUN dnf upgrade -y\n', errors: [{ messageId: 'upgrade', line: 2, column: 9 }] },
    {
      name: 'microdnf inside sh -c',
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN sh -c "microdnf update -y"\n',
      errors: [{ messageId: 'upgrade', line: 2, column: 21 }],
    },
    { code: 'FROM debian:12\nRUN apt-get upgrade -y\n', errors: [{ messageId: 'upgrade', line: 2, column: 13 }] },
  ],
});
