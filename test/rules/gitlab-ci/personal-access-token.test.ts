import rule from '../../../src/rules/gitlab-ci/personal-access-token.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'x:\n  script:\n    - \'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages"\'\n    - git clone https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.example.com/group/lib.git\n',
  ],
  invalid: [
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
