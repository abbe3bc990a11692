import rule from '../../../src/rules/kubernetes/privileged.js';
import { ruleTester } from '../../helpers/rule-tester.js';
import { pod, workload } from './manifests.js';

ruleTester(rule, {
  valid: [workload(), workload({ container: ['securityContext:', '  privileged: false'] })],
  invalid: [
    {
      code: workload({ container: ['securityContext:', '  privileged: true'] }),
      errors: [{ messageId: 'privileged', line: 17, column: 25 }],
    },
    {
      code: pod({ container: ['securityContext: {privileged: true}'] }),
      errors: [{ messageId: 'privileged', line: 10, message: /"app" runs privileged/ }],
    },
  ],
});
