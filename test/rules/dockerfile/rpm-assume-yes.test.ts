import rule from '../../../src/rules/dockerfile/rpm-assume-yes.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'FROM rockylinux:9\nRUN dnf install -y curl && dnf clean all\n',
    'FROM centos:7\nRUN yum --assumeyes install curl\n',
    'FROM opensuse/leap:15.5\nRUN zypper -n install curl\n',
    'FROM opensuse/leap:15.5\nRUN zypper install -y curl\n',
    'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install curl\n',
    'FROM rockylinux:9\nRUN dnf makecache\n',
  ],
  invalid: [
    {
      name: 'a module stream install',
      code: 'FROM rockylinux:9\nRUN dnf module install nodejs:20 && dnf clean all\n',
      errors: [{ messageId: 'missingYes', line: 2, column: 16, message: /`dnf install`/ }],
    },
    {
      code: 'FROM rockylinux:9\nRUN dnf install curl\n',
      errors: [{ messageId: 'missingYes', line: 2, column: 9, endColumn: 16 }],
    },
    {
      code: 'FROM centos:7\nRUN yum update && yum -y install curl\n',
      errors: [{ messageId: 'missingYes', line: 2, column: 9 }],
    },
    {
      code: 'FROM opensuse/leap:15.5\nRUN zypper in curl\n',
      errors: [{ messageId: 'missingYes', line: 2, column: 12, message: /add `-n`/ }],
    },
  ],
});
