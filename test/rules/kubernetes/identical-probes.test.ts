import rule from '../../../src/rules/kubernetes/identical-probes.js';
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
      readinessProbe:
        httpGet: {path: /ready, port: 8080}
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
      livenessProbe:
        httpGet: {path: /health, port: 8080}
      readinessProbe:
        httpGet: {path: /health, port: 8080}
`,
      errors: [{ messageId: 'identical', line: 10, column: 7 }],
    },
  ],
});
