import rule from '../../../src/rules/gitlab-ci/deprecated-only-except.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: ['build:\n  script: [make]\n  rules:\n    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH\n'],
  invalid: [
    {
      code: 'build:\n  script: [make]\n  only:\n    - main\n',
      errors: [{ messageId: 'deprecated', line: 3, column: 3 }],
    },
    {
      name: 'both, in a hidden template',
      code: '.t:\n  only: [main]\n  except: [tags]\n',
      errors: [
        { messageId: 'deprecated', line: 2, column: 3 },
        { messageId: 'deprecated', line: 3, column: 3 },
      ],
    },
  ],
});
