import rule from '../../../src/rules/gitlab-ci/merge-request-secrets.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const mr = '  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n';

ruleTester(rule, {
  valid: [
    `test:\n  script: [npm test]\n${mr}`,
    `test:\n  script:\n    - echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY\n${mr}`,
    'deploy:\n  script: [deploy --token "$DEPLOY_TOKEN"]\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n',
    `skip:\n  script: [deploy "$DEPLOY_TOKEN"]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n      when: never\n    - if: $CI_COMMIT_TAG\n`,
  ],
  invalid: [
    {
      code: `e2e:\n  script:\n    - npm ci\n    - npm run e2e -- --key "$SAUCE_ACCESS_KEY"\n${mr}`,
      errors: [{ messageId: 'secrets', line: 1, column: 1, message: /SAUCE_ACCESS_KEY/ }],
    },
    {
      name: 'id_tokens on MR pipelines',
      code: `plan:\n  id_tokens:\n    AWS_TOKEN:\n      aud: https://sts.amazonaws.com\n  script: [terraform plan]\n${mr}`,
      errors: [{ messageId: 'secrets', line: 1, column: 1, message: /id_tokens/ }],
    },
  ],
});
