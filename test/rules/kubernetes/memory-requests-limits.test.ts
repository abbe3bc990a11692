import rule from '../../../src/rules/kubernetes/memory-requests-limits.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers:
    - name: app
      image: registry.example/web:1.4.2
      resources:
        requests: {memory: 256Mi}
        limits: {memory: 256Mi}
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers:
    - name: app
      image: registry.example/web:1.4.2
`,
      errors: [{ messageId: 'none', line: 8, column: 13 }],
    },
  ],
});
