import { defineRule } from '../../core/rule.js';

export default defineRule({
  meta: {
    id: 'k8s/service-node-port',
    domain: 'kubernetes',
    description: 'Services should not be exposed as `NodePort`.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    securitySeverity: 3.0,
    messages: {
      nodePort:
        'Service {{name}} is a NodePort: it opens a port on every node of the cluster, outside any load balancer or Ingress. Use ClusterIP behind an Ingress, or a LoadBalancer.',
    },
    equivalents: { 'kube-score': ['service-type'], 'kube-linter': ['exposed-services'] },
  },
  create(context) {
    return {
      service(service) {
        if (service.type !== 'NodePort') return;
        context.report({ at: service.at(['spec', 'type']), messageId: 'nodePort', data: { name: service.name } });
      },
    };
  },
});
