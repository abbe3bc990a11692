import rule from '../../../src/rules/gitlab-ci/install-without-cache.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'test:\n  cache:\n    key:\n      files: [package-lock.json]\n    paths: [.npm/]\n  script: [npm ci --cache .npm, npm test]\n',
    'default:\n  cache:\n    paths: [.cache/pip]\ntest:\n  script: [pip install -r requirements.txt]\n',
    'x:\n  script: [npm run build]\n',
  ],
  invalid: [
    {
      code: 'test:\n  script:\n    - npm ci\n    - npm test\n',
      errors: [{ messageId: 'noCache', line: 3, column: 7 }],
    },
    {
      name: 'pip, after another command',
      code: 'test:\n  script:\n    - python -m venv .venv && pip install -r requirements.txt\n',
      errors: [{ messageId: 'noCache', line: 3, column: 31 }],
    },
    {
      name: 'cache switched off by inherit',
      code: 'default:\n  cache:\n    paths: [.npm]\ntest:\n  inherit:\n    default: false\n  script: [npm ci]\n',
      errors: [{ messageId: 'noCache', line: 7, column: 12 }],
    },
  ],
});
