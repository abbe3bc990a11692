import { defineRule } from '../../core/rule.js';

export default defineRule({
  meta: {
    id: 'k8s/rbac-wildcard',
    domain: 'kubernetes',
    description: 'Roles must not grant `*` verbs, resources or API groups.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      wildcard:
        '{{kind}} {{name}} grants `*` in `{{field}}`: it covers every present and future {{what}}, secrets and escalation included. List what is needed.',
    },
    equivalents: { 'kube-linter': ['wildcard-in-rules'], checkov: ['CKV_K8S_49'] },
  },
  create(context) {
    const what = { verbs: 'verb', resources: 'resource', apiGroups: 'API group' } as const;
    return {
      role(role) {
        for (const rule of role.rules) {
          for (const field of ['verbs', 'resources', 'apiGroups'] as const) {
            const index = rule[field].indexOf('*');
            if (index < 0) continue;
            context.report({
              at: role.at([...rule.path, field, index]),
              messageId: 'wildcard',
              data: { kind: role.kind, name: role.name, field, what: what[field] },
            });
          }
        }
      },
    };
  },
});
