import rule from '../../../src/rules/gitlab-ci/artifacts-no-expiry.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'build:\n  script: [make]\n  artifacts:\n    paths: [dist/]\n    expire_in: 1 week\n',
    'test:\n  script: [make test]\n  artifacts:\n    reports:\n      junit: junit.xml\n',
    'default:\n  artifacts:\n    expire_in: 3 days\nbuild:\n  script: [make]\n',
    {
      name: 'from a template with expiry',
      code: '.a:\n  artifacts:\n    expire_in: 1 day\nb:\n  extends: .a\n  script: [x]\n  artifacts:\n    paths: [out]\n',
    },
  ],
  invalid: [
    {
      code: 'build:\n  script: [make]\n  artifacts:\n    paths: [dist/]\n',
      errors: [{ messageId: 'noExpiry', line: 3, column: 3 }],
    },
    {
      name: 'untracked, inherited',
      code: '.keep:\n  artifacts:\n    untracked: true\nb:\n  extends: .keep\n  script: [x]\n',
      errors: [{ messageId: 'noExpiry', line: 4, column: 1 }],
    },
  ],
});
