import rule from '../../../src/rules/kubernetes/kustomize-missing-resource.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      filename: 'deploy/kustomization.yaml',
      files: { 'deploy/deployment.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' },
      code: `resources:
  - deployment.yaml
`,
    },
  ],
  invalid: [
    {
      filename: 'deploy/kustomization.yaml',
      files: { 'deploy/deployment.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' },
      code: `resources:
  - deployment.yaml
  - service.yaml
`,
      errors: [{ messageId: 'missing', line: 3, column: 5 }],
    },
  ],
});
