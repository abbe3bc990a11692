import rule from '../../../src/rules/gitlab-ci/security-allow-failure.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'sast:\n  script: [semgrep ci]\n',
    'lint:\n  script: [npm run lint]\n  allow_failure: true\n',
    'secrets:\n  stage: security\n  script: [gitleaks detect]\n  allow_failure:\n    exit_codes: [3]\n',
  ],
  invalid: [
    {
      code: 'dependency-scanning:\n  script: [npm audit --audit-level=high]\n  allow_failure: true\n',
      errors: [{ messageId: 'allowed', line: 3, column: 3 }],
    },
    {
      name: 'by stage, inherited',
      code: '.soft:\n  allow_failure: true\nscan:\n  extends: .soft\n  stage: security\n  script: [trivy fs .]\n',
      errors: [{ messageId: 'allowed', line: 3, column: 1 }],
    },
    {
      name: 'in a rule',
      code: 'container_scanning:\n  script: [x]\n  rules:\n    - if: $CI_COMMIT_TAG\n      allow_failure: true\n',
      errors: [{ messageId: 'allowed', line: 5, column: 7 }],
    },
  ],
});
