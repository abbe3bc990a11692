import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/ssh-port',
    domain: 'kubernetes',
    description: 'Containers should not expose SSH (port 22).',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.0,
    messages: {
      ssh: 'Container "{{name}}" exposes port 22: an SSH server in a container is a second way in that escapes the cluster’s access control. Use `kubectl exec` or an ephemeral debug container.',
    },
    equivalents: { 'kube-linter': ['ssh-port'] },
  },
  create(context) {
    return {
      container(container) {
        for (const port of container.ports) {
          if (port.containerPort !== 22 || port.protocol.toUpperCase() !== 'TCP') continue;
          context.report({
            at: containerAt(container, [...port.path.slice(container.path.length), 'containerPort']),
            messageId: 'ssh',
            data: { name: container.name },
          });
        }
      },
    };
  },
});
