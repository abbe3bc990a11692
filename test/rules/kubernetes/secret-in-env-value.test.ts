import rule from '../../../src/rules/kubernetes/secret-in-env-value.js';
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
      env:
        - name: DB_PASSWORD_FILE
          value: /run/secrets/db/password
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
      env:
        - name: DB_PASSWORD
          value: s3cr3t-Passw0rd
`,
      errors: [{ messageId: 'literal', line: 12, column: 18 }],
    },
  ],
});
