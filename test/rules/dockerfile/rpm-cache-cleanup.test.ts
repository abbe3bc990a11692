import rule from '../../../src/rules/dockerfile/rpm-cache-cleanup.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM rockylinux:9\nRUN dnf install -y curl && dnf clean all\n',
    'FROM centos:7\nRUN yum install -y curl && rm -rf /var/cache/yum\n',
    'FROM opensuse/leap:15.5\nRUN zypper -n install curl && zypper clean --all\n',
    'FROM rockylinux:9\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y curl\n',
    'FROM rockylinux:9 AS build\nRUN dnf install -y gcc\nFROM rockylinux:9\n',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y tar && microdnf clean all\n',
    'FROM rockylinux:9\nRUN dnf upgrade -y --refresh && dnf clean all\n',
    'FROM rockylinux:9\nRUN <<EOF\nyum install -y curl\ndnf clean all\nEOF\n',
  ],
  invalid: [
    {
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y tar\n',
      errors: [{ messageId: 'clean', line: 2, column: 14, message: /microdnf clean all/ }],
    },
    {
      name: 'an upgrade fills the cache too',
      code: 'FROM rockylinux:9\nRUN dnf upgrade -y\n',
      errors: [{ messageId: 'clean', line: 2, column: 9 }],
    },
    {
      name: 'a clean before the install does not count',
      code: 'FROM rockylinux:9\nRUN dnf clean all && dnf install -y curl\n',
      errors: [{ messageId: 'clean', line: 2, column: 26 }],
    },
    {
      code: 'FROM rockylinux:9\nRUN dnf install -y curl\n',
      errors: [{ messageId: 'clean', line: 2, column: 9, message: /dnf clean all/ }],
    },
    {
      name: 'reported once per manager and RUN',
      code: 'FROM centos:7\nRUN yum install -y curl \\\n && yum install -y git\n',
      errors: [{ messageId: 'clean', line: 2, column: 9 }],
    },
    { code: 'FROM opensuse/leap:15.5\nRUN zypper -n in curl\n', errors: [{ messageId: 'clean', line: 2, column: 15 }] },
  ],
});
