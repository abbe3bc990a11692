import rule from '../../../src/rules/gitlab-ci/unresolved-include.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a local include that exists',
      code: 'include: ci/base.yml\nx:\n  script: [make]\n',
      files: { 'ci/base.yml': 'y:\n  script: [make]\n' },
    },
    {
      name: 'a missing local include is gitlab/missing-local-include',
      code: 'include: ci/nowhere.yml\nx:\n  script: [make]\n',
    },
  ],
  invalid: [
    {
      code: 'include:\n  - project: group/ci\n    ref: 0123456789abcdef0123456789abcdef01234567\n    file: /build.yml\n  - remote: https://example.com/ci.yml\n  - local: ci/*.yml\n  - component: $CI_SERVER_FQDN/group/comp/build@1.0.0\n  - template: Jobs/SAST.gitlab-ci.yml\nx:\n  script: [make]\n',
      errors: [
        { messageId: 'unresolved', line: 2, column: 5, message: /`include: project` \(group\/ci\) is read by GitLab/ },
        { messageId: 'unresolved', line: 5, column: 5 },
        { messageId: 'unresolved', line: 6, column: 5, message: /`include: local` \(ci\/\*\.yml\)/ },
        { messageId: 'unresolved', line: 7, column: 5 },
        { messageId: 'unresolved', line: 8, column: 5 },
      ],
    },
  ],
});
