import { defineRule } from '../../core/rule.js';
import { matchesSelector, selectsAnything } from '../../domains/kubernetes/index.js';
import { inFolder, near, sameNamespace } from './support/folder.js';

export default defineRule({
  meta: {
    id: 'k8s/network-policy-selects-nothing',
    domain: 'kubernetes',
    description: 'A NetworkPolicy’s pod selectors should match the pods of a workload defined beside it.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      target: 'NetworkPolicy {{name}} selects no pod template of this folder: it protects nothing.',
      peer: 'NetworkPolicy {{name}} allows traffic {{direction}} pods that no pod template of this folder carries: the rule matches nothing.',
    },
    equivalents: {
      'kube-score': ['networkpolicy-targets-pod'],
      'kube-linter': ['dangling-networkpolicy', 'dangling-networkpolicypeer-podselector'],
    },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          // No workload here at all: the pods are defined elsewhere.
          const workloads = near(context.model.workloads, folder.workloads);
          if (workloads.length === 0) return;
          for (const policy of context.model.networkPolicies) {
            const selects = (selector: typeof policy.podSelector): boolean =>
              workloads.some(
                (workload) => sameNamespace(workload, policy) && matchesSelector(selector, workload.pod.labels),
              );
            if (selectsAnything(policy.podSelector) && !selects(policy.podSelector))
              context.report({
                at: policy.at(['spec', 'podSelector']),
                messageId: 'target',
                data: { name: policy.name },
              });
            for (const peer of policy.peerSelectors) {
              if (!selectsAnything(peer.selector) || selects(peer.selector)) continue;
              context.report({
                at: policy.at(peer.path),
                messageId: 'peer',
                data: { name: policy.name, direction: peer.path[1] === 'ingress' ? 'from' : 'to' },
              });
            }
          }
        });
      },
    };
  },
});
