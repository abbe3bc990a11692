import rule from '../../../src/rules/kubernetes/run-as-non-root.js';
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
  securityContext:
    runAsNonRoot: true
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
      errors: [{ messageId: 'unset', line: 8, column: 13 }],
    },
  ],
});
