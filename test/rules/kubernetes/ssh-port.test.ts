import rule from '../../../src/rules/kubernetes/ssh-port.js';
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
        - containerPort: 8080
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
        - containerPort: 22
`,
      errors: [{ messageId: 'ssh', line: 11, column: 26 }],
    },
  ],
});
