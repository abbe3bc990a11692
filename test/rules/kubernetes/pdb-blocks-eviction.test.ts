import rule from '../../../src/rules/kubernetes/pdb-blocks-eviction.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
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
  maxUnavailable: 0
  selector:
    matchLabels: {app: web}
`,
      errors: [{ messageId: 'maxZero', line: 6, column: 19 }],
    },
  ],
});
