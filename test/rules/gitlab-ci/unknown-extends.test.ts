import rule from '../../../src/rules/gitlab-ci/unknown-extends.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    '.base:\n  image: node:20\nbuild:\n  extends: .base\n  script: [make]\n',
    {
      name: 'from a local include',
      files: { 'ci/base.yml': '.base:\n  tags: [docker]\n' },
      code: 'include:\n  - local: ci/base.yml\nbuild:\n  extends: .base\n  script: [make]\n',
    },
    {
      name: 'from a local include of a nested project root',
      filename: 'services/api/.gitlab-ci.yml',
      files: { 'services/api/ci/base.yml': '.base:\n  tags: [docker]\n' },
      code: 'include: ci/base.yml\nbuild:\n  extends: .base\n  script: [make]\n',
    },
    {
      name: 'from a project include',
      code: 'include:\n  - project: g/t\n    ref: v1.0.0\n    file: /base.yml\nbuild:\n  extends: .base\n  script: [make]\n',
    },
    {
      name: 'template with inputs (extends may come from its includer)',
      code: 'spec:\n  inputs: {}\n---\nbuild:\n  extends: .elsewhere\n  script: [make]\n',
    },
  ],
  invalid: [
    {
      code: '.base:\n  image: node:20\nbuild:\n  extends: .bsae\n  script: [make]\n',
      errors: [{ messageId: 'missing', line: 4, column: 12, message: /Did you mean `\.base`\?/ }],
    },
    {
      name: 'second of a list',
      code: '.a:\n  tags: [x]\nb:\n  extends:\n    - .a\n    - .missing\n  script: [x]\n',
      errors: [{ messageId: 'missing', line: 6, column: 7 }],
    },
  ],
});
