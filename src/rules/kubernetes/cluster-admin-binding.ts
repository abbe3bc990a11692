import { defineRule } from '../../core/rule.js';

export default defineRule({
  meta: {
    id: 'k8s/cluster-admin-binding',
    domain: 'kubernetes',
    description: 'Nothing should be bound to the `cluster-admin` role.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.5,
    messages: {
      bound:
        '{{kind}} {{name}} binds `cluster-admin` to {{subjects}}: full control of the cluster. Bind a role with the permissions it needs.',
    },
    equivalents: { 'kube-linter': ['cluster-admin-role-binding'], polaris: ['clusterrolebindingClusterAdmin'] },
  },
  create(context) {
    return {
      roleBinding(binding) {
        if (binding.roleRef?.kind !== 'ClusterRole' || binding.roleRef.name !== 'cluster-admin') return;
        context.report({
          at: binding.at(['roleRef', 'name']),
          messageId: 'bound',
          data: {
            kind: binding.kind,
            name: binding.name,
            subjects:
              binding.subjects.map((subject) => `${subject.kind} ${subject.name}`).join(', ') || 'no subject yet',
          },
        });
      },
    };
  },
});
