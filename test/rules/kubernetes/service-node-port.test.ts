import rule from '../../../src/rules/kubernetes/service-node-port.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const service = (type?: string): string =>
  [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: web',
    'spec:',
    ...(type ? [`  type: ${type}`] : []),
    '  selector: {app: web}',
    '',
  ].join('\n');

ruleTester(rule, {
  valid: [service(), service('ClusterIP'), service('LoadBalancer')],
  invalid: [
    {
      code: service('NodePort'),
      errors: [{ messageId: 'nodePort', line: 6, column: 9, message: /^Service web is a NodePort/ }],
    },
  ],
});
