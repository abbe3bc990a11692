import rule from '../../../src/rules/kubernetes/service-selects-nothing.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { documents, workload } from './manifests.js';

const service = (selector: string): string =>
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    'spec:',
    `  selector: ${selector}`,
    '  ports: [{port: 80}]',
    '',
  ].join('\n');

ruleTester(rule, {
  valid: [
    documents(workload(), service('{app: web}')),
    { name: 'no workload beside it: the pods live elsewhere', code: service('{app: other}') },
    documents(workload(), service('{}')),
    documents(
      workload(),
      [
        'apiVersion: v1',
        'kind: Service',
        'metadata: {name: db}',
        'spec:',
        '  type: ExternalName',
        '  externalName: db.example',
        '',
      ].join('\n'),
    ),
  ],
  invalid: [
    {
      code: documents(workload(), service('{app: wbe}')),
      errors: [{ messageId: 'dangling', line: 22, column: 13, message: /selects app=wbe/ }],
    },
    {
      name: 'every label must match',
      code: documents(workload(), service('{app: web, tier: front}')),
      errors: [{ messageId: 'dangling', line: 22 }],
    },
  ],
});
