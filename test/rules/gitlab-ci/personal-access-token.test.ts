import rule from '../../../src/rules/gitlab-ci/personal-access-token.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'the job token under another name, and an empty placeholder',
      code: 'variables:\n  GITLAB_TOKEN: $CI_JOB_TOKEN\n  RELEASE_PAT: ""\nx:\n  script: [make]\n',
    },
    {
      name: 'names that only end like a token',
      code: 'variables:\n  PATH_PREFIX: /opt\n  GITLAB_TOKEN_FILE: /run/token\nx:\n  script: [make]\n',
    },
    'x:\n  script:\n    - \'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages"\'\n    - git clone https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.example.com/group/lib.git\n',
  ],
  invalid: [
    {
      name: 'a global variable carrying a token from a masked variable',
      code: 'variables:\n  GITLAB_TOKEN: $BOT_SECRET\nx:\n  script: [make]\n',
      errors: [{ messageId: 'variable', line: 2, column: 3, message: /Variable `GITLAB_TOKEN`/ }],
    },
    {
      name: 'a job variable in the expanded form, and a group token',
      code: 'x:\n  variables:\n    GROUP_TOKEN:\n      value: $GROUP_BOT\n      description: group bot\n  script: [make]\n',
      errors: [{ messageId: 'variable', line: 3, column: 5 }],
    },
    {
      name: 'PRIVATE-TOKEN header with braces',
      code: 'x:\n  script:\n    - \'curl --header "PRIVATE-TOKEN: ${API_KEY}" "$CI_API_V4_URL/groups"\'\n',
      errors: [{ messageId: 'pat', line: 3, column: 38 }],
    },
    {
      code: 'x:\n  script:\n    - \'curl -H "PRIVATE-TOKEN: $RELEASE_BOT" "$CI_API_V4_URL/projects"\'\n',
      errors: [{ messageId: 'pat', line: 3, column: 32 }],
    },
    {
      name: 'token in a push URL',
      code: 'x:\n  script:\n    - git push https://oauth2:${GITLAB_TOKEN}@gitlab.example.com/g/p.git HEAD:main\n',
      errors: [{ messageId: 'pat', line: 3, column: 31 }],
    },
    {
      name: 'a *_PAT variable',
      code: 'x:\n  script:\n    - glab auth login --token "$RENOVATE_PAT"\n',
      errors: [{ messageId: 'pat', line: 3, column: 32 }],
    },
  ],
});
