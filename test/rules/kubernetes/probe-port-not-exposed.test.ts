import rule from '../../../src/rules/kubernetes/probe-port-not-exposed.js';
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
      ports:
        - name: http
          containerPort: 8080
      readinessProbe:
        httpGet: {path: /ready, port: http}
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
      ports:
        - name: http
          containerPort: 8080
      readinessProbe:
        httpGet: {path: /ready, port: web}
`,
      errors: [{ messageId: 'unknownName', line: 14, column: 39 }],
    },
  ],
});
