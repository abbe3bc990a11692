import rule from '../../../src/rules/kubernetes/writable-host-path.js';
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
        - name: logs
          mountPath: /host/logs
          readOnly: true
  volumes:
    - name: logs
      hostPath: {path: /var/log/app}
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
      volumeMounts:
        - name: logs
          mountPath: /host/logs
  volumes:
    - name: logs
      hostPath: {path: /var/log/app}
`,
      errors: [{ messageId: 'writable', line: 11, column: 11 }],
    },
  ],
});
