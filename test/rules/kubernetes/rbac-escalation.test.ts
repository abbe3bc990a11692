import rule from '../../../src/rules/kubernetes/rbac-escalation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get, list]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: deployer
rules:
  - apiGroups: [""]
    resources: [secrets]
    verbs: [get, list]
`,
      errors: [{ messageId: 'escalation', line: 8, column: 12 }],
    },
  ],
});
