import rule from '../../../src/rules/gitlab-ci/invalid-needs.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const base = 'stages: [build, test, deploy]\nbuild:\n  stage: build\n  script: [make]\n';

ruleTester(rule, {
  valid: [
    `${base}test:\n  stage: test\n  needs: [build]\n  script: [make test]\n`,
    {
      name: 'same stage is allowed for needs',
      code: `${base}pack:\n  stage: build\n  needs: [build]\n  script: [x]\n`,
    },
    {
      name: 'optional and cross-project needs',
      code: `${base}t:\n  stage: test\n  needs:\n    - job: gone\n      optional: true\n    - project: group/other\n      job: build\n      ref: main\n  script: [x]\n`,
    },
    {
      name: 'job defined in a local include',
      files: { 'ci/build.yml': 'compile:\n  stage: build\n  script: [x]\n' },
      code: `include: ci/build.yml\n${base}t:\n  stage: test\n  needs: [compile]\n  script: [x]\n`,
    },
    {
      name: 'unknown job but a remote include may define it',
      code: `include:\n  - template: Jobs/SAST.gitlab-ci.yml\n${base}t:\n  stage: test\n  needs: [semgrep-sast]\n  script: [x]\n`,
    },
    {
      name: 'one job of a parallel matrix',
      code: `${base}t:\n  stage: test\n  needs: ["build: [linux]"]\n  script: [x]\n`,
    },
    { name: 'needs: []', code: `${base}t:\n  stage: test\n  needs: []\n  script: [x]\n` },
  ],
  invalid: [
    {
      code: `${base}test:\n  stage: test\n  needs: [biuld]\n  script: [make test]\n`,
      errors: [{ messageId: 'unknown', line: 7, column: 11 }],
    },
    {
      name: 'needs a later stage',
      code: `${base}ship:\n  stage: deploy\n  script: [x]\nt:\n  stage: test\n  needs:\n    - job: ship\n  script: [x]\n`,
      errors: [{ messageId: 'later', line: 11, column: 12 }],
    },
    {
      name: 'dependencies on a later stage',
      code: `${base}ship:\n  stage: deploy\n  script: [x]\nb2:\n  stage: build\n  dependencies: [ship]\n  script: [x]\n`,
      errors: [{ messageId: 'later', line: 10, column: 18 }],
    },
    {
      name: 'hidden job',
      code: `${base}.tpl:\n  script: [x]\nt:\n  stage: test\n  needs: [.tpl]\n  script: [x]\n`,
      errors: [{ messageId: 'hidden', line: 9, column: 11 }],
    },
  ],
});
