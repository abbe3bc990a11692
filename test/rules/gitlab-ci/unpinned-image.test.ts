import rule from '../../../src/rules/gitlab-ci/unpinned-image.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'default:\n  image: node:20.11-bookworm\nbuild:\n  image:\n    name: registry.example.com/tools/buildah:1.37\n  services: [postgres:16.2]\n  script: [make]\n',
    'build:\n  image: node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n  script: [make]\n',
    'build:\n  image: $CI_REGISTRY_IMAGE/builder:$BUILDER_TAG\n  script: [make]\n',
    { name: 'registry with a port', code: 'build:\n  image: localhost:5000/tools/node:20\n  script: [x]\n' },
  ],
  invalid: [
    {
      code: 'build:\n  image: node:latest\n  script: [make]\n',
      errors: [{ messageId: 'latest', line: 2, column: 10 }],
    },
    {
      name: 'untagged in default',
      code: 'default:\n  image: alpine\n',
      errors: [{ messageId: 'untagged', line: 2, column: 10 }],
    },
    {
      name: 'service by name',
      code: 'test:\n  services:\n    - name: redis\n      alias: cache\n  script: [x]\n',
      errors: [{ messageId: 'untagged', line: 3, column: 13 }],
    },
    {
      name: 'deprecated global image',
      code: 'image: ruby\nx:\n  script: [x]\n',
      errors: [{ messageId: 'untagged', line: 1, column: 8 }],
    },
    {
      name: 'registry with a port and no tag',
      code: 'build:\n  image: localhost:5000/tools/node\n  script: [x]\n',
      errors: [{ messageId: 'untagged', line: 2, column: 10 }],
    },
  ],
});
