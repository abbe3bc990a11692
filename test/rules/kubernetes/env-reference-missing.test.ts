import rule from '../../../src/rules/kubernetes/env-reference-missing.js';
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
        - name: MODE
          valueFrom:
            configMapKeyRef: {name: settings, key: mode}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
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
        - name: MODE
          valueFrom:
            configMapKeyRef: {name: settings, key: mdoe}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
data:
  mode: fast
`,
      errors: [{ messageId: 'missingKey', line: 13, column: 52 }],
    },
  ],
});
