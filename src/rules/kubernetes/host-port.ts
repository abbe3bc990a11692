import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/host-port',
    domain: 'kubernetes',
    description: 'Containers should not bind ports of the node (`hostPort`).',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 4.0,
    messages: {
      hostPort:
        'Container "{{name}}" binds port {{port}} of the node: it bypasses NetworkPolicies on some networks and limits the workload to one pod per node. Use a Service.',
    },
    equivalents: { polaris: ['hostPortSet'], checkov: ['CKV_K8S_26'] },
  },
  create(context) {
    return {
      container(container) {
        for (const port of container.ports) {
          if (!port.hostPort) continue;
          context.report({
            at: containerAt(container, [...port.path.slice(container.path.length), 'hostPort']),
            messageId: 'hostPort',
            data: { name: container.name, port: port.hostPort },
          });
        }
      },
    };
  },
});
