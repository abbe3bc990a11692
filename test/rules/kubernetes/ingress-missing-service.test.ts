import rule from '../../../src/rules/kubernetes/ingress-missing-service.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'v1beta1 fields in a v1beta1 Ingress, Service elsewhere',
      code: 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  backend:\n    serviceName: web\n    servicePort: 80\n',
    },
    `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
    - port: 80
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port: {number: 80}
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
    - port: 80
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: webapp
                port: {number: 80}
`,
      errors: [{ messageId: 'missing', line: 22, column: 23 }],
    },
    {
      name: 'v1beta1 backend fields in a v1 Ingress, with no Service in the folder',
      code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - http:
        paths:
          - path: /
            backend:
              serviceName: web
              servicePort: 80
`,
      errors: [{ messageId: 'legacy', line: 11, column: 15 }],
    },
    {
      name: 'a port the Service does not have',
      code: `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - name: http
      port: 80
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  defaultBackend:
    service:
      name: web
      port: {name: https}
`,
      errors: [{ messageId: 'port', line: 17, column: 13 }],
    },
  ],
});
