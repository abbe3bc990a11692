import rule from '../../../src/rules/kubernetes/secret-from-env.js';
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
      volumeMounts:
        - name: db
          mountPath: /run/secrets/db
          readOnly: true
  volumes:
    - name: db
      secret: {secretName: db}
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
          valueFrom:
            secretKeyRef: {name: db, key: password}
`,
      errors: [{ messageId: 'env', line: 13, column: 27 }],
    },
  ],
});
