import { defineRule } from '../../core/rule.js';
import { containerAt, containerName, isFragment } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/drop-capabilities',
    domain: 'kubernetes',
    description: 'Containers should drop all capabilities (or at least NET_RAW) and add back only what they need.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    securitySeverity: 3.0,
    messages: {
      keep: 'Container "{{name}}" keeps the runtime’s default capabilities, NET_RAW among them (packet spoofing on the pod network): add `securityContext.capabilities.drop: [ALL]`.',
    },
    equivalents: {
      'kube-linter': ['drop-net-raw-capability'],
      checkov: ['CKV_K8S_28', 'CKV_K8S_37'],
    },
  },
  create(context) {
    return {
      container(container) {
        if (isFragment(context, container.workload)) return;
        if (container.securityContext.privileged === true) return;
        const capabilities = container.securityContext.capabilities as { drop?: unknown } | undefined;
        const dropped = Array.isArray(capabilities?.drop)
          ? capabilities.drop.map((item) => String(item).toUpperCase().replace(/^CAP_/, ''))
          : [];
        if (dropped.includes('ALL') || dropped.includes('NET_RAW')) return;
        context.report({
          at:
            capabilities?.drop !== undefined
              ? containerAt(container, ['securityContext', 'capabilities', 'drop'])
              : containerName(container),
          messageId: 'keep',
          data: { name: container.name },
        });
      },
    };
  },
});
