import { defineRule } from '../../core/rule.js';
import { isFragment } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/default-service-account',
    domain: 'kubernetes',
    description: 'Workloads should run under a service account of their own, not the namespace’s `default`.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    securitySeverity: 3.0,
    messages: {
      defaulted:
        '{{kind}} {{name}} runs as the namespace’s `default` service account: any permission granted to it is shared by every pod that forgot to name one. Set `serviceAccountName`.',
    },
    equivalents: { 'kube-linter': ['default-service-account'] },
  },
  create(context) {
    return {
      workload(workload) {
        if (isFragment(context, workload)) return;
        const { pod } = workload;
        if (pod.serviceAccountName !== undefined && pod.serviceAccountName !== 'default') return;
        // A pod with no token has nothing to share.
        if (pod.automountServiceAccountToken === false) return;
        context.report({
          at:
            pod.serviceAccountName === 'default'
              ? workload.at([
                  ...pod.path,
                  pod.data.serviceAccountName !== undefined ? 'serviceAccountName' : 'serviceAccount',
                ])
              : workload.at(['kind']),
          messageId: 'defaulted',
          data: { kind: workload.kind, name: workload.name },
        });
      },
    };
  },
});
