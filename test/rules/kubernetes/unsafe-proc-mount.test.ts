import rule from '../../../src/rules/kubernetes/unsafe-proc-mount.js';
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
        procMount: Default
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
      securityContext:
        procMount: Unmasked
`,
      errors: [{ messageId: 'unmasked', line: 11, column: 20 }],
    },
  ],
});
