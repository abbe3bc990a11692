import rule from '../../../src/rules/gitlab-ci/script-injection.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'x:\n  script:\n    - git commit -m "$CI_COMMIT_MESSAGE"\n    - echo "$CI_MERGE_REQUEST_TITLE" | tee title.txt\n',
    'x:\n  script:\n    - sh -c \'echo "$CI_COMMIT_BRANCH"\'\n    - eval "$(ssh-agent -s)"\n',
    'x:\n  script:\n    - python -c "import os; print(os.environ[\'CI_COMMIT_MESSAGE\'])"\n',
  ],
  invalid: [
    {
      code: 'x:\n  script:\n    - eval "echo $CI_COMMIT_MESSAGE"\n',
      errors: [{ messageId: 'injection', line: 3, column: 18 }],
    },
    {
      name: 'sh -c with a branch name',
      code: 'x:\n  script:\n    - bash -c "deploy --branch ${CI_COMMIT_REF_NAME}"\n',
      errors: [{ messageId: 'injection', line: 3, column: 32 }],
    },
    {
      name: 'python -c with an MR title',
      code: 'x:\n  script:\n    - python3 -c "print(\'$CI_MERGE_REQUEST_TITLE\')"\n',
      errors: [{ messageId: 'injection', line: 3, column: 26, message: /`python3` runs/ }],
    },
  ],
});
