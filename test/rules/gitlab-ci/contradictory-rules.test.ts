import rule from '../../../src/rules/gitlab-ci/contradictory-rules.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'build:\n  script: [make]\n  rules:\n    - if: $CI_COMMIT_TAG\n      when: never\n    - when: on_success\n',
    { name: "only without rules is another rule's concern", code: 'build:\n  script: [make]\n  only: [main]\n' },
    {
      name: 'workflow rules ending in a catch-all',
      code: 'workflow:\n  rules:\n    - if: $CI_PIPELINE_SOURCE == "merge_request_event"\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n    - when: never\nbuild:\n  script: [make]\n',
    },
    {
      name: 'hidden template with when: never only',
      code: '.never:\n  rules:\n    - when: never\nx:\n  script: [x]\n',
    },
  ],
  invalid: [
    {
      code: 'build:\n  script: [make]\n  except: [tags]\n  rules:\n    - when: always\n',
      errors: [{ messageId: 'mixed', line: 3, column: 3 }],
    },
    {
      name: 'empty rules',
      code: 'build:\n  script: [make]\n  rules: []\n',
      errors: [{ messageId: 'empty', line: 3, column: 3 }],
    },
    {
      name: 'rule after a catch-all',
      code: 'build:\n  script: [make]\n  rules:\n    - when: manual\n    - if: $CI_COMMIT_TAG\n',
      errors: [{ messageId: 'unreachable', line: 5, column: 7 }],
    },
    {
      name: 'all never',
      code: 'build:\n  script: [make]\n  rules:\n    - if: $A\n      when: never\n    - when: never\n',
      errors: [{ messageId: 'never', line: 3, column: 3 }],
    },
    {
      name: 'when: never as a job keyword',
      code: 'old:\n  script: [x]\n  when: never\n',
      errors: [{ messageId: 'neverJob', line: 3, column: 9 }],
    },
    {
      name: 'workflow rule after a catch-all',
      code: 'workflow:\n  rules:\n    - when: always\n    - if: $X\nb:\n  script: [x]\n',
      errors: [{ messageId: 'unreachable', line: 4, column: 7 }],
    },
  ],
});
