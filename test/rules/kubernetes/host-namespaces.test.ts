import rule from '../../../src/rules/kubernetes/host-namespaces.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { pod, workload } from './manifests.js';

ruleTester(rule, {
  valid: [workload(), workload({ pod: ['hostNetwork: false', 'hostPID: false'] })],
  invalid: [
    {
      code: workload({ pod: ['hostNetwork: true'] }),
      errors: [{ messageId: 'shared', line: 16, column: 20, message: /`hostNetwork: true`/ }],
    },
    {
      code: pod({ pod: ['hostPID: true', 'hostIPC: true'] }),
      errors: [
        { messageId: 'shared', line: 10, message: /hostPID.*processes/ },
        { messageId: 'shared', line: 11, message: /hostIPC.*shared memory/ },
      ],
    },
  ],
});
