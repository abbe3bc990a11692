import rule from '../../../src/rules/gitlab-ci/hardcoded-secret.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'variables:\n  DEPLOY_TOKEN: $VAULT_DEPLOY_TOKEN\n  TOKEN_URL: https://auth.example.com/token\n  PASSWORD_FILE: /run/secrets/db\n  GIT_DEPTH: "10"\n',
    'deploy:\n  variables:\n    API_KEY:\n      description: set when running manually\n      value: ""\n  script: [x]\n',
    { name: 'boolean-ish flags', code: 'variables:\n  USE_AUTH: "false"\n' },
    {
      name: 'test database service settings and placeholders',
      code: 'test:\n  services: [postgres:16.2]\n  variables:\n    POSTGRES_PASSWORD: runner-password\n    MYSQL_ROOT_PASSWORD: verysecret123\n    APP_SECRET: changeme\n  script: [x]\n',
    },
  ],
  invalid: [
    { code: 'variables:\n  API_TOKEN: "s3cr3t-value-123"\n', errors: [{ messageId: 'named', line: 2, column: 14 }] },
    {
      name: 'shaped token under any name',
      code: 'build:\n  variables:\n    GITLAB_ACCESS: glpat-AbCdEfGhIjKlMnOpQrSt\n  script: [x]\n',
      errors: [{ messageId: 'shaped', line: 3, column: 20, message: /personal access token/ }],
    },
    {
      name: 'expanded form',
      code: 'variables:\n  DB_PASSWORD:\n    value: hunter2hunter2\n    description: db\n',
      errors: [{ messageId: 'named', line: 3, column: 12 }],
    },
    {
      name: 'a real-looking token in a service setting still counts',
      code: 'variables:\n  POSTGRES_PASSWORD: glpat-AbCdEfGhIjKlMnOpQrSt\n',
      errors: [{ messageId: 'shaped', line: 2, column: 22 }],
    },
    {
      name: 'aws key',
      code: 'variables:\n  AWS_ACCESS_KEY_ID: AKIAIOSFODNN7EXAMPLE\n',
      errors: [{ messageId: 'shaped', line: 2, column: 22 }],
    },
  ],
});
