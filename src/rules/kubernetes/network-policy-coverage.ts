import { defineRule } from '../../core/rule.js';
import { matchesSelector } from '../../domains/kubernetes/index.js';
import { inFolder, near, sameNamespace } from './support/folder.js';
import { isFragment, isLongRunning } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/network-policy-coverage',
    domain: 'kubernetes',
    description: 'The pods of a workload should be selected by NetworkPolicies for both ingress and egress.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: false,
    securitySeverity: 4.0,
    messages: {
      none: '{{kind}} {{name}}: no NetworkPolicy in this folder selects its pods, so any pod of the cluster can reach them and they can reach anything.',
      partial:
        '{{kind}} {{name}}: the NetworkPolicies selecting its pods restrict {{covered}} only; add a policy for {{missing}}.',
    },
    equivalents: { 'kube-score': ['pod-networkpolicy'], 'kube-linter': ['non-isolated-pod'] },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          for (const workload of context.model.workloads) {
            if (isFragment(context, workload)) continue;
            if (!isLongRunning(workload)) continue;
            const types = new Set<string>();
            for (const policy of near(context.model.networkPolicies, folder.networkPolicies)) {
              if (sameNamespace(policy, workload) && matchesSelector(policy.podSelector, workload.pod.labels))
                for (const type of policy.policyTypes) types.add(type);
            }
            if (types.has('Ingress') && types.has('Egress')) continue;
            const data = { kind: workload.kind, name: workload.name };
            if (types.size === 0) context.report({ at: workload.at(['kind']), messageId: 'none', data });
            else
              context.report({
                at: workload.at(['kind']),
                messageId: 'partial',
                data: {
                  ...data,
                  covered: [...types].join(' and '),
                  missing: types.has('Ingress') ? 'Egress' : 'Ingress',
                },
              });
          }
        });
      },
    };
  },
});
