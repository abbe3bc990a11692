import rule, { imageTag } from '../../../src/rules/kubernetes/image-tag.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { pod, workload } from './manifests.js';

ruleTester(rule, {
  valid: [
    workload(),
    workload({
      image: 'registry.example:5000/team/web@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    }),
    workload({ image: '${IMAGE}' }),
    pod({ image: 'localhost:5000/one:3' }),
  ],
  invalid: [
    { code: workload({ image: 'nginx' }), errors: [{ messageId: 'untagged', line: 15, column: 18 }] },
    { code: workload({ image: 'registry.example:5000/web' }), errors: [{ messageId: 'untagged', line: 15 }] },
    { code: pod({ image: 'nginx:latest' }), errors: [{ messageId: 'latest', line: 9, column: 14 }] },
    {
      name: 'an init container too',
      code: workload({ pod: ['initContainers:', '  - name: migrate', '    image: flyway/flyway:latest'] }),
      errors: [{ messageId: 'latest', line: 18, message: /"migrate"/ }],
    },
  ],
});

test('imageTag reads the tag after the last slash, and none for a digest', () => {
  expect(imageTag('host:5000/repo')).toBe('');
  expect(imageTag('host:5000/repo:1.2')).toBe('1.2');
  expect(imageTag('repo:1.2@sha256:abc')).toBeUndefined();
});
