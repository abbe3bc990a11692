import { defineRule } from '../../core/rule.js';
import { isFragment } from './support/pods.js';
import { inFolder, sameNamespace } from './support/folder.js';

export default defineRule({
  meta: {
    id: 'k8s/automount-service-account-token',
    domain: 'kubernetes',
    description: 'Pods should not mount a service account token unless they call the Kubernetes API.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    securitySeverity: 4.0,
    messages: {
      mounted:
        '{{kind}} {{name}} mounts a service account token: set `automountServiceAccountToken: false` on the pod (or its ServiceAccount) unless it calls the API.',
    },
    equivalents: { checkov: ['CKV_K8S_38'], polaris: ['automountServiceAccountToken'] },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          for (const workload of context.model.workloads) {
            if (isFragment(context, workload)) continue;
            const { pod } = workload;
            if (pod.automountServiceAccountToken === false) continue;
            if (pod.automountServiceAccountToken === undefined) {
              const accountName = pod.serviceAccountName ?? 'default';
              const account = folder.objects.find(
                (object) =>
                  object.kind === 'ServiceAccount' && object.name === accountName && sameNamespace(object, workload),
              );
              if (account?.data.automountServiceAccountToken === false) continue;
            }
            context.report({
              at:
                pod.automountServiceAccountToken === true
                  ? workload.at([...pod.path, 'automountServiceAccountToken'])
                  : workload.at(['kind']),
              messageId: 'mounted',
              data: { kind: workload.kind, name: workload.name },
            });
          }
        });
      },
    };
  },
});
