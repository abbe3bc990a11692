import rule from '../../../src/rules/gitlab-ci/unguarded-production-deploy.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'deploy:\n  environment: production\n  script: [./deploy]\n  when: manual\n',
    'deploy:\n  environment:\n    name: production\n  script: [./deploy]\n  rules:\n    - if: $CI_COMMIT_TAG\n      when: manual\n',
    'staging:\n  environment: staging\n  script: [./deploy]\n',
    'stop:\n  environment:\n    name: production\n    action: stop\n  script: [./stop]\n',
    {
      name: 'manual from a template',
      code: '.gate:\n  when: manual\nprod:\n  extends: .gate\n  environment: prod\n  script: [x]\n',
    },
  ],
  invalid: [
    {
      code: 'deploy:\n  environment: production\n  script: [./deploy]\n',
      errors: [{ messageId: 'ungated', line: 2, column: 3 }],
    },
    {
      name: 'tier production',
      code: 'eu:\n  environment:\n    name: eu-west\n    deployment_tier: production\n  script: [x]\n  rules:\n    - if: $CI_COMMIT_TAG\n',
      errors: [{ messageId: 'ungated', line: 2, column: 3, message: /`eu-west`/ }],
    },
  ],
});
