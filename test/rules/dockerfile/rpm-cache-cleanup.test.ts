import rule from '../../../src/rules/dockerfile/rpm-cache-cleanup.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM rockylinux:9\nRUN dnf install -y curl && dnf clean all\n',
    'FROM centos:7\nRUN yum install -y curl && rm -rf /var/cache/yum\n',
    'FROM opensuse/leap:15.5\nRUN zypper -n install curl && zypper clean --all\n',
    'FROM rockylinux:9\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y curl\n',
    'FROM rockylinux:9 AS build\nRUN dnf install -y gcc\nFROM rockylinux:9\n',
  ],
  invalid: [
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
