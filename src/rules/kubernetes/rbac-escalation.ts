import { defineRule } from '../../core/rule.js';
import type { PolicyRule } from '../../domains/kubernetes/index.js';

const covers = (list: string[], value: string): boolean => list.includes('*') || list.includes(value);

/** What a rule grants that leads to more than it says: running pods, reading secrets, granting roles. */
function escalation(rule: PolicyRule): string | undefined {
  const core = covers(rule.apiGroups, '');
  const rbac = covers(rule.apiGroups, 'rbac.authorization.k8s.io');
  const workloads = core || covers(rule.apiGroups, 'apps') || covers(rule.apiGroups, 'batch');
  if (rule.verbs.includes('*') && rule.resources.includes('*')) return undefined; // k8s/rbac-wildcard says it
  if (covers(rule.verbs, 'impersonate')) return '`impersonate` lets it act as any user or service account';
  if (rbac && (covers(rule.verbs, 'escalate') || covers(rule.verbs, 'bind')))
    return '`escalate`/`bind` on roles lets it grant itself any permission';
  if (core && covers(rule.resources, 'secrets') && ['get', 'list', 'watch'].some((verb) => covers(rule.verbs, verb)))
    return 'reading Secrets reveals every credential of the namespace, service account tokens included';
  if (
    workloads &&
    ['pods', 'deployments', 'daemonsets', 'statefulsets', 'replicasets', 'jobs', 'cronjobs'].some((resource) =>
      covers(rule.resources, resource),
    ) &&
    covers(rule.verbs, 'create')
  )
    return 'creating pods lets it run any image under any service account of the namespace, and read its secrets';
  if (core && covers(rule.resources, 'pods/exec') && covers(rule.verbs, 'create'))
    return '`pods/exec` opens a shell in any pod of the namespace';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'k8s/rbac-escalation',
    domain: 'kubernetes',
    description:
      'Roles should not grant permissions that lead to others: creating pods, reading secrets, bind/escalate/impersonate.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      escalation: '{{kind}} {{name}}: {{why}}. Grant it only to what must have it.',
    },
    equivalents: {
      'kube-linter': ['access-to-create-pods', 'access-to-secrets'],
      checkov: ['CKV_K8S_155', 'CKV_K8S_156', 'CKV_K8S_157'],
    },
  },
  create(context) {
    return {
      role(role) {
        // Kubernetes' own aggregated roles (`system:…`, admin/edit) are the platform's, not the application's.
        if (role.name.startsWith('system:')) return;
        for (const rule of role.rules) {
          const why = escalation(rule);
          if (!why) continue;
          context.report({
            at: role.at([...rule.path, 'verbs']),
            messageId: 'escalation',
            data: { kind: role.kind, name: role.name, why },
          });
        }
      },
    };
  },
});
