import rule from '../../../src/rules/gitlab-ci/allow-failure.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'x:\n  allow_failure: false\n  script: [make]\n',
    { name: 'only some exit codes', code: 'x:\n  allow_failure:\n    exit_codes: [3]\n  script: [make]\n' },
    {
      name: 'a manual job is allowed to fail by default',
      code: 'x:\n  when: manual\n  allow_failure: true\n  script: [make]\n',
    },
    { name: 'a template is not a job', code: '.lenient:\n  allow_failure: true\n' },
    {
      name: 'security jobs are gitlab/security-allow-failure',
      code: 'trivy:\n  allow_failure: true\n  script: [trivy fs .]\n',
    },
  ],
  invalid: [
    {
      code: 'lint:\n  allow_failure: true\n  script: [make lint]\n',
      errors: [{ messageId: 'allowed', line: 2, column: 3, message: /Job `lint` may fail/ }],
    },
    {
      name: 'inherited through extends: reported at the job',
      code: '.lenient:\n  allow_failure: true\nbuild:\n  extends: .lenient\n  script: [make]\n',
      errors: [{ messageId: 'allowed', line: 3, column: 1 }],
    },
  ],
});
