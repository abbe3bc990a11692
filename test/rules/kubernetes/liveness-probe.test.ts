import rule from '../../../src/rules/kubernetes/liveness-probe.js';
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
      livenessProbe:
        httpGet: {path: /live, port: 8080}
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
      errors: [{ messageId: 'missing', line: 8, column: 13 }],
    },
  ],
});
