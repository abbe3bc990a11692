import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/secret-from-env',
    domain: 'kubernetes',
    description: 'Secrets should reach a container as mounted files, not environment variables.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    securitySeverity: 3.0,
    messages: {
      env: 'Container "{{name}}" reads Secret `{{secret}}` into `{{variable}}`: environment variables end up in crash dumps, debug endpoints and child processes, and do not follow rotation. Mount the Secret as a volume (or use a secret-store CSI driver).',
      envFrom:
        'Container "{{name}}" loads every key of Secret `{{secret}}` into its environment: mount it as a volume instead.',
    },
    equivalents: { 'kube-linter': ['read-secret-from-env-var'], checkov: ['CKV_K8S_35'] },
  },
  create(context) {
    return {
      container(container) {
        for (const variable of container.env) {
          if (!variable.secretKeyRef) continue;
          context.report({
            at: containerAt(container, [...variable.path.slice(container.path.length), 'valueFrom', 'secretKeyRef']),
            messageId: 'env',
            data: { name: container.name, secret: variable.secretKeyRef.name, variable: variable.name },
          });
        }
        const envFrom = container.data.envFrom;
        if (!Array.isArray(envFrom)) return;
        envFrom.forEach((source, index) => {
          const ref = (source as { secretRef?: { name?: unknown } } | null)?.secretRef;
          if (!ref) return;
          context.report({
            at: containerAt(container, ['envFrom', index, 'secretRef']),
            messageId: 'envFrom',
            data: { name: container.name, secret: String(ref.name ?? '') },
          });
        });
      },
    };
  },
});
