import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

/** Capabilities that amount to root on the node or its network (the Pod Security Standards' Baseline allows none). */
const DANGEROUS = new Set([
  'ALL',
  'SYS_ADMIN',
  'NET_ADMIN',
  'SYS_MODULE',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_BOOT',
  'SYS_TIME',
  'DAC_READ_SEARCH',
  'BPF',
  'PERFMON',
  'MAC_ADMIN',
  'MAC_OVERRIDE',
  'NET_RAW',
]);

export default defineRule({
  meta: {
    id: 'k8s/added-capabilities',
    domain: 'kubernetes',
    description: 'Containers must not add capabilities that give control of the node or its network.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.0,
    messages: {
      added: 'Container "{{name}}" adds capability `{{capability}}`: {{why}}',
    },
    equivalents: {
      polaris: ['dangerousCapabilities', 'insecureCapabilities'],
      checkov: ['CKV_K8S_25', 'CKV_K8S_39'],
    },
  },
  create(context) {
    return {
      container(container) {
        const capabilities = container.securityContext.capabilities;
        const added = (capabilities as { add?: unknown } | undefined)?.add;
        if (!Array.isArray(added)) return;
        added.forEach((item, index) => {
          const capability = String(item).toUpperCase().replace(/^CAP_/, '');
          if (!DANGEROUS.has(capability)) return;
          context.report({
            at: containerAt(container, ['securityContext', 'capabilities', 'add', index]),
            messageId: 'added',
            data: {
              name: container.name,
              capability: String(item),
              why:
                capability === 'ALL' || capability === 'SYS_ADMIN'
                  ? 'that is as good as privileged; add the one narrow capability it needs.'
                  : 'it lets the process reach past its container (the Pod Security Standards forbid it); remove it or justify it.',
            },
          });
        });
      },
    };
  },
});
