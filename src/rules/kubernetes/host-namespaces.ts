import { defineRule } from '../../core/rule.js';

const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'] as const;

export default defineRule({
  meta: {
    id: 'k8s/host-namespaces',
    domain: 'kubernetes',
    description: "Pods must not share the node's network, process or IPC namespace.",
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.0,
    messages: {
      shared:
        '{{kind}} {{name}} sets `{{field}}: true`: its containers see the node’s {{what}}. Only node agents need this.',
    },
    equivalents: {
      'kube-linter': ['host-network', 'host-pid', 'host-ipc'],
      polaris: ['hostNetworkSet', 'hostPIDSet', 'hostIPCSet'],
      checkov: ['CKV_K8S_19', 'CKV_K8S_17', 'CKV_K8S_18'],
    },
  },
  create(context) {
    const what = { hostNetwork: 'network interfaces', hostPID: 'processes', hostIPC: 'shared memory' };
    return {
      workload(workload) {
        for (const field of FIELDS) {
          if (!workload.pod[field]) continue;
          context.report({
            at: workload.at([...workload.pod.path, field]),
            messageId: 'shared',
            data: { kind: workload.kind, name: workload.name, field, what: what[field] },
          });
        }
      },
    };
  },
});
