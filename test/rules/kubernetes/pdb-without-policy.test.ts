import rule from '../../../src/rules/kubernetes/pdb-without-policy.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  minAvailable: 2
  selector:
    matchLabels: {app: web}
`,
  ],
  invalid: [
    {
      code: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
`,
      errors: [{ messageId: 'none', line: 6, column: 3 }],
    },
  ],
});
