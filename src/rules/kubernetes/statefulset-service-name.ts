import { defineRule } from '../../core/rule.js';
import { matchesSelector } from '../../domains/kubernetes/index.js';
import { inFolder, near, sameNamespace } from './support/folder.js';

export default defineRule({
  meta: {
    id: 'k8s/statefulset-service-name',
    domain: 'kubernetes',
    description: 'A StatefulSet’s `serviceName` should name a headless Service that selects its pods.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing:
        'StatefulSet {{name}} names Service `{{service}}`, which is not defined in this folder: its pods get no stable DNS names.',
      notHeadless:
        'StatefulSet {{name}} names Service `{{service}}`, which is not headless (`clusterIP: None`): its pods get no stable DNS names.',
      notSelecting: 'StatefulSet {{name}} names Service `{{service}}`, whose selector does not match its pods.',
    },
    equivalents: { 'kube-score': ['statefulset-has-servicename'] },
  },
  create(context) {
    return {
      file() {
        inFolder(context, (folder) => {
          for (const workload of context.model.workloads) {
            if (workload.kind !== 'StatefulSet') continue;
            const serviceName = (workload.data.spec as { serviceName?: unknown } | undefined)?.serviceName;
            // Optional since Kubernetes 1.32; without it the pods simply get no per-pod DNS.
            if (typeof serviceName !== 'string' || serviceName === '') continue;
            const services = near(context.model.services, folder.services);
            if (services.length === 0) continue; // the Service lives elsewhere
            const service = services.find(
              (candidate) => candidate.name === serviceName && sameNamespace(candidate, workload),
            );
            const at = workload.at(['spec', 'serviceName']);
            const data = { name: workload.name, service: serviceName };
            if (!service) context.report({ at, messageId: 'missing', data });
            else if (!service.headless) context.report({ at, messageId: 'notHeadless', data });
            else if (
              service.selector &&
              !matchesSelector({ matchLabels: service.selector, matchExpressions: [] }, workload.pod.labels)
            )
              context.report({ at, messageId: 'notSelecting', data });
          }
        });
      },
    };
  },
});
