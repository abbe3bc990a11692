import rule from '../../../src/rules/gitlab-ci/unpinned-include.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'include:\n  - project: group/ci\n    ref: v2.3.1\n    file: /pipeline.yml\n',
    'include:\n  - project: group/ci\n    ref: 3f2a9c1d0b4e5f60718293a4b5c6d7e8f9012345\n    file: [/a.yml, /b.yml]\n',
    'include:\n  - remote: https://gitlab.example.com/group/ci/-/raw/v1.4.0/pipeline.yml\n',
    'include:\n  - component: $CI_SERVER_FQDN/group/ci/lint@1.2.3\n  - component: gitlab.example.com/group/ci/test@1\n',
    {
      name: 'local and template includes',
      code: 'include:\n  - local: ci/build.yml\n  - template: Jobs/SAST.gitlab-ci.yml\n',
    },
    {
      name: 'component at the commit of the running pipeline',
      code: 'include:\n  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/lint@$CI_COMMIT_SHA\n',
    },
    {
      name: 'ref from a variable',
      code: 'include:\n  - project: group/ci\n    ref: $CI_TEMPLATES_REF\n    file: /x.yml\n',
    },
  ],
  invalid: [
    {
      code: 'include:\n  - project: group/ci\n    file: /pipeline.yml\n',
      errors: [{ messageId: 'project', line: 2, column: 14, message: /has no `ref:`/ }],
    },
    {
      name: 'branch ref',
      code: 'include:\n  - project: group/ci\n    ref: main\n    file: /pipeline.yml\n',
      errors: [{ messageId: 'project', line: 3, column: 10, message: /follows `main`/ }],
    },
    {
      name: 'remote on a branch',
      code: 'include:\n  - remote: https://gitlab.example.com/group/ci/-/raw/main/pipeline.yml\n',
      errors: [{ messageId: 'remote', line: 2, column: 13 }],
    },
    {
      name: 'remote as a plain string',
      code: 'include: https://example.com/ci.yml\n',
      errors: [{ messageId: 'remote', line: 1, column: 10 }],
    },
    {
      name: 'component on latest',
      code: 'include:\n  - component: gitlab.example.com/group/ci/lint@~latest\n',
      errors: [{ messageId: 'component', line: 2, column: 16 }],
    },
    {
      name: 'component on latest, on this instance ($CI_SERVER_FQDN)',
      code: 'include:\n  - component: $CI_SERVER_FQDN/group/ci/lint@~latest\n',
      errors: [{ messageId: 'component', line: 2, column: 16, message: /uses `@~latest`/ }],
    },
    {
      name: 'component on a branch of this instance',
      code: 'include:\n  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/lint@main\n',
      errors: [{ messageId: 'component', line: 2, column: 16, message: /uses `@main`/ }],
    },
  ],
});
