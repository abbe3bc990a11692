import rule from '../../../src/rules/kubernetes/statefulset-service-name.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  serviceName: web
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: app
          image: registry.example/web:1.4.2
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  clusterIP: None
  ports:
    - port: 80
`,
  ],
  invalid: [
    {
      code: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  serviceName: web
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: app
          image: registry.example/web:1.4.2
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
    - port: 80
`,
      errors: [{ messageId: 'notHeadless', line: 9, column: 16 }],
    },
  ],
});
