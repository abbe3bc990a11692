import rule from '../../../src/rules/gitlab-ci/duplicate-pipelines.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n    - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS\n      when: never\n    - if: $CI_COMMIT_BRANCH\nx:\n  script: [x]\n',
    'workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n    - if: $CI_COMMIT_TAG\nx:\n  script: [x]\n',
    'workflow:\n  rules:\n    - if: $CI_COMMIT_BRANCH\nx:\n  script: [x]\n',
    {
      name: "checkov's marker for the same idea suppresses it",
      code: 'workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n    # checkov:skip=CKV_GITLABCI_2: branch pipelines publish previews\n    - if: $CI_COMMIT_BRANCH\nx:\n  script: [x]\n',
    },
    {
      name: 'job rules under workflow rules are not pipelines',
      code: 'workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\nx:\n  script: [x]\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n    - when: always\n',
    },
  ],
  invalid: [
    {
      code: 'workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n    - if: $CI_COMMIT_BRANCH\nx:\n  script: [x]\n',
      errors: [{ messageId: 'duplicate', line: 4, column: 7 }],
    },
    {
      name: 'job rules with a catch-all',
      code: 'test:\n  script: [x]\n  rules:\n    - if: $CI_MERGE_REQUEST_IID\n    - when: on_success\n',
      errors: [{ messageId: 'duplicate', line: 5, column: 7 }],
    },
    {
      name: 'push source',
      code: 'workflow:\n  rules:\n    - if: \'$CI_PIPELINE_SOURCE == "push"\'\n    - if: \'$CI_PIPELINE_SOURCE == "merge_request_event"\'\nx:\n  script: [x]\n',
      errors: [{ messageId: 'duplicate', line: 3, column: 7 }],
    },
  ],
});
