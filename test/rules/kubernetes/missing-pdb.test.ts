import rule from '../../../src/rules/kubernetes/missing-pdb.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { documents, workload } from './manifests.js';

const pdb = (selector: string, namespace?: string): string =>
  [
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata:',
    '  name: web',
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'spec:',
    '  maxUnavailable: 1',
    `  selector: ${selector}`,
    '',
  ].join('\n');

ruleTester(rule, {
  valid: [
    documents(workload(), pdb('{matchLabels: {app: web}}')),
    documents(workload(), pdb('{matchExpressions: [{key: app, operator: In, values: [web, api]}]}')),
    workload({ replicas: 1 }),
    workload({ kind: 'DaemonSet', replicas: undefined }),
    {
      name: 'a budget in another file of the folder is not seen by a lone file check',
      code: workload({ replicas: 1 }),
    },
  ],
  invalid: [
    { code: workload(), errors: [{ messageId: 'missing', line: 2, column: 7 }] },
    { code: workload({ kind: 'StatefulSet', replicas: undefined }), errors: [{ messageId: 'missing', line: 2 }] },
    { code: documents(workload(), pdb('{matchLabels: {app: api}}')), errors: [{ messageId: 'missing', line: 2 }] },
    {
      name: 'a budget of another namespace',
      code: documents(
        workload().replace('  name: web\n', '  name: web\n  namespace: shop\n'),
        pdb('{matchLabels: {app: web}}', 'ops'),
      ),
      errors: [{ messageId: 'missing', line: 2 }],
    },
  ],
});
