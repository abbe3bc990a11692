import rule from '../../../src/rules/kubernetes/rbac-wildcard.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list, patch]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
rules:
  - apiGroups: [apps]
    resources: ["*"]
    verbs: ["*"]
`,
      errors: [
        { messageId: 'wildcard', line: 7, column: 17 },
        { messageId: 'wildcard', line: 8, column: 13 },
      ],
    },
  ],
});
