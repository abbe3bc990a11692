import rule from '../../../src/rules/gitlab-ci/secret-echo.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'login:\n  script:\n    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"\n',
    'k:\n  script:\n    - echo "$SSH_PRIVATE_KEY" > ~/.ssh/id_ed25519\n    - echo \'$API_TOKEN is a literal here\'\n    - echo "Deploying $CI_COMMIT_SHORT_SHA"\n',
    'k:\n  script:\n    - env | sort | grep -v TOKEN > env.txt\n    - printenv HOME\n',
  ],
  invalid: [
    {
      code: 'debug:\n  script:\n    - echo "token is $API_TOKEN"\n',
      errors: [{ messageId: 'echo', line: 3, column: 22 }],
    },
    {
      name: 'job token after &&',
      code: 'x:\n  script:\n    - cd app && echo ${CI_JOB_TOKEN}\n',
      errors: [{ messageId: 'echo', line: 3, column: 22 }],
    },
    {
      name: 'env dump',
      code: 'x:\n  before_script:\n    - env\n  script: [make]\n',
      errors: [{ messageId: 'dump', line: 3, column: 7 }],
    },
    {
      name: 'printf in a block',
      code: 'x:\n  script:\n    - |\n      set -e\n      printf "%s" "$DB_PASSWORD"\n',
      errors: [{ messageId: 'echo', line: 5, column: 20 }],
    },
  ],
});
