import rule from '../../../src/rules/gitlab-ci/deploy-without-resource-group.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'deploy:\n  environment: production\n  resource_group: production\n  script: [x]\n',
    'stop:\n  environment:\n    name: review/$CI_COMMIT_REF_SLUG\n    action: stop\n  script: [x]\n',
    'x:\n  script: [x]\n',
  ],
  invalid: [
    {
      name: 'the environment comes from a template in a local include',
      code: 'include: ci/deploy.yml\nprod:\n  extends: .deploy\n  script: [./deploy]\n',
      files: { 'ci/deploy.yml': '.deploy:\n  environment: production\n' },
      errors: [{ messageId: 'noGroup', line: 2, column: 1 }],
    },
    {
      code: 'deploy:\n  environment:\n    name: staging\n  script: [x]\n',
      errors: [{ messageId: 'noGroup', line: 2, column: 3, message: /`staging`/ }],
    },
  ],
});
