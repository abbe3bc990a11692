import rule from '../../../src/rules/gitlab-ci/self-hosted-runner.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'hosted runner tags', code: 'x:\n  tags: [saas-linux-small-amd64]\n  script: [make]\n' },
    { name: 'a tag the settings do not list', code: 'x:\n  tags: [docker]\n  script: [make]\n' },
    {
      name: 'protected refs only',
      code: 'x:\n  tags: [self-hosted]\n  rules:\n    - if: $CI_COMMIT_REF_PROTECTED == "true"\n  script: [make]\n',
    },
    {
      name: 'the whole pipeline runs on the default branch only',
      code: 'workflow:\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\nx:\n  tags: [build-box]\n  script: [make]\n',
      settings: { selfHostedRunnerLabels: ['Build-Box'] },
    },
  ],
  invalid: [
    {
      code: 'x:\n  tags: [self-hosted, linux]\n  script: [make]\n',
      errors: [{ messageId: 'selfHosted', line: 2, column: 3, message: /tag `self-hosted` for any branch/ }],
    },
    {
      name: 'a configured tag, on merge-request pipelines, from default:',
      code: 'default:\n  tags: [build-box]\nx:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n    - if: $CI_COMMIT_REF_PROTECTED == "true"\n  script: [make]\n',
      settings: { selfHostedRunnerLabels: ['build-box'] },
      errors: [{ messageId: 'selfHosted', line: 3, column: 1, message: /in merge-request pipelines/ }],
    },
    {
      name: 'an `||` lets unprotected refs in',
      code: 'x:\n  tags: [self-hosted]\n  rules:\n    - if: $CI_COMMIT_REF_PROTECTED == "true" || $CI_COMMIT_TAG\n  script: [make]\n',
      errors: [{ messageId: 'selfHosted', line: 2, column: 3 }],
    },
  ],
});
