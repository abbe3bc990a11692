import rule from '../../../src/rules/gitlab-ci/merge-request-checkout.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const onMr = '  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n';

ruleTester(rule, {
  valid: [
    {
      name: 'checks out the target branch',
      code: `x:\n${onMr}  script:\n    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"\n`,
    },
    {
      name: 'prints the source branch',
      code: `x:\n${onMr}  script:\n    - echo "$CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"\n`,
    },
    {
      name: 'not on merge-request pipelines',
      code: 'x:\n  script:\n    - git checkout "$CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"\n',
    },
    {
      name: 'merge-request rule that never runs',
      code: 'x:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n      when: never\n  script:\n    - git checkout "$CI_MERGE_REQUEST_SOURCE_BRANCH_SHA"\n',
    },
  ],
  invalid: [
    {
      code: `x:\n${onMr}  script:\n    - git fetch "$CI_MERGE_REQUEST_SOURCE_PROJECT_URL" "$CI_MERGE_REQUEST_SOURCE_BRANCH_NAME"\n`,
      errors: [
        { messageId: 'checkout', line: 5, column: 18, message: /fetches `\$CI_MERGE_REQUEST_SOURCE_PROJECT_URL`/ },
      ],
    },
    {
      name: 'only: merge_requests and a braced SHA',
      code: 'x:\n  only: [merge_requests]\n  script:\n    - make\n    - git checkout -f ${CI_MERGE_REQUEST_SOURCE_BRANCH_SHA}\n',
      errors: [{ messageId: 'checkout', line: 5, column: 23 }],
    },
  ],
});
