import rule from '../../../src/rules/kubernetes/image-pull-policy.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { pod } from './manifests.js';

ruleTester(rule, {
  valid: [
    pod({ container: ['imagePullPolicy: Always'] }),
    pod({ image: 'registry.example/one@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' }),
    pod({ image: 'nginx' }),
    pod({ image: 'nginx:latest' }),
    pod({ image: '${IMAGE}' }),
  ],
  invalid: [
    { code: pod(), errors: [{ messageId: 'stale', line: 8, column: 13, message: /\(the default for a tag\)/ }] },
    {
      code: pod({ container: ['imagePullPolicy: IfNotPresent'] }),
      errors: [{ messageId: 'stale', line: 10, column: 24, message: /pull policy `IfNotPresent`:/ }],
    },
    {
      code: pod({ image: 'nginx:latest', container: ['imagePullPolicy: Never'] }),
      errors: [{ messageId: 'stale', line: 10 }],
    },
  ],
});
