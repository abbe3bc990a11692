import { defineRule } from '../../core/rule.js';

/**
 * API versions Kubernetes removed, by `apiVersion kind`: the release that removed it and what replaces it.
 * https://kubernetes.io/docs/reference/using-api/deprecation-guide/
 */
const REMOVED: Record<string, [removedIn: string, replacement: string]> = {
  'extensions/v1beta1 Deployment': ['1.16', 'apps/v1'],
  'apps/v1beta1 Deployment': ['1.16', 'apps/v1'],
  'apps/v1beta2 Deployment': ['1.16', 'apps/v1'],
  'extensions/v1beta1 DaemonSet': ['1.16', 'apps/v1'],
  'apps/v1beta2 DaemonSet': ['1.16', 'apps/v1'],
  'apps/v1beta1 StatefulSet': ['1.16', 'apps/v1'],
  'apps/v1beta2 StatefulSet': ['1.16', 'apps/v1'],
  'extensions/v1beta1 ReplicaSet': ['1.16', 'apps/v1'],
  'apps/v1beta2 ReplicaSet': ['1.16', 'apps/v1'],
  'extensions/v1beta1 NetworkPolicy': ['1.16', 'networking.k8s.io/v1'],
  'extensions/v1beta1 PodSecurityPolicy': ['1.16', 'policy/v1beta1 (itself removed in 1.25)'],
  'extensions/v1beta1 Ingress': ['1.22', 'networking.k8s.io/v1'],
  'networking.k8s.io/v1beta1 Ingress': ['1.22', 'networking.k8s.io/v1'],
  'networking.k8s.io/v1beta1 IngressClass': ['1.22', 'networking.k8s.io/v1'],
  'rbac.authorization.k8s.io/v1beta1 ClusterRole': ['1.22', 'rbac.authorization.k8s.io/v1'],
  'rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding': ['1.22', 'rbac.authorization.k8s.io/v1'],
  'rbac.authorization.k8s.io/v1beta1 Role': ['1.22', 'rbac.authorization.k8s.io/v1'],
  'rbac.authorization.k8s.io/v1beta1 RoleBinding': ['1.22', 'rbac.authorization.k8s.io/v1'],
  'scheduling.k8s.io/v1beta1 PriorityClass': ['1.22', 'scheduling.k8s.io/v1'],
  'storage.k8s.io/v1beta1 StorageClass': ['1.22', 'storage.k8s.io/v1'],
  'apiextensions.k8s.io/v1beta1 CustomResourceDefinition': ['1.22', 'apiextensions.k8s.io/v1'],
  'admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration': ['1.22', 'admissionregistration.k8s.io/v1'],
  'admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration': ['1.22', 'admissionregistration.k8s.io/v1'],
  'batch/v1beta1 CronJob': ['1.25', 'batch/v1'],
  'policy/v1beta1 PodDisruptionBudget': ['1.25', 'policy/v1'],
  'policy/v1beta1 PodSecurityPolicy': ['1.25', 'Pod Security Admission'],
  'autoscaling/v2beta1 HorizontalPodAutoscaler': ['1.25', 'autoscaling/v2'],
  'discovery.k8s.io/v1beta1 EndpointSlice': ['1.25', 'discovery.k8s.io/v1'],
  'events.k8s.io/v1beta1 Event': ['1.25', 'events.k8s.io/v1'],
  'autoscaling/v2beta2 HorizontalPodAutoscaler': ['1.26', 'autoscaling/v2'],
  'storage.k8s.io/v1beta1 CSIStorageCapacity': ['1.27', 'storage.k8s.io/v1'],
  'flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema': ['1.26', 'flowcontrol.apiserver.k8s.io/v1'],
  'flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema': ['1.29', 'flowcontrol.apiserver.k8s.io/v1'],
  'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema': ['1.32', 'flowcontrol.apiserver.k8s.io/v1'],
};

export default defineRule({
  meta: {
    id: 'k8s/deprecated-api-version',
    domain: 'kubernetes',
    description: 'Objects must use an API version that current Kubernetes still serves.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      removed:
        '{{kind}} {{name}} uses `{{apiVersion}}`, removed in Kubernetes {{removedIn}}: the API server rejects it. Use {{replacement}}.',
    },
    equivalents: {
      'kube-score': ['stable-version'],
      'kube-linter': ['no-extensions-v1beta'],
      polaris: ['deprecatedApiVersion'],
    },
  },
  create(context) {
    return {
      object(object) {
        const removed = REMOVED[`${object.apiVersion} ${object.kind}`];
        if (!removed) return;
        context.report({
          at: object.at(['apiVersion']),
          messageId: 'removed',
          data: {
            kind: object.kind,
            name: object.name,
            apiVersion: object.apiVersion,
            removedIn: removed[0],
            replacement: `\`${removed[1]}\``.replace(/`([^`]*) \((.*)\)`/, '`$1` ($2)'),
          },
        });
      },
    };
  },
});
