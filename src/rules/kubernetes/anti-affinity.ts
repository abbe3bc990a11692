import { defineRule } from '../../core/rule.js';
import { isFragment } from './support/pods.js';
import { labelSelector } from '../../domains/kubernetes/parse.js';
import { matchesSelector } from '../../domains/kubernetes/index.js';
import type { Workload } from '../../domains/kubernetes/index.js';

const HOST = 'kubernetes.io/hostname';
const ZONE = 'topology.kubernetes.io/zone';

/** Whether a term (of podAntiAffinity or topologySpreadConstraints) spreads the workload's own pods. */
function spreadsOwnPods(workload: Workload, term: unknown, topologyKeys: string[]): boolean {
  if (typeof term !== 'object' || term === null) return false;
  const { topologyKey, labelSelector: selector } = term as { topologyKey?: unknown; labelSelector?: unknown };
  if (typeof topologyKey !== 'string' || !topologyKeys.includes(topologyKey)) return false;
  const parsed = labelSelector(selector);
  return parsed !== undefined && matchesSelector(parsed, workload.pod.labels);
}

export default defineRule({
  meta: {
    id: 'k8s/anti-affinity',
    domain: 'kubernetes',
    description: 'A Deployment or StatefulSet with several replicas should spread them across nodes.',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      missing:
        '{{kind}} {{name}} runs {{replicas}} replicas with no pod anti-affinity or topology spread over its own pods: they may all land on one node and fail together.',
    },
    equivalents: {
      'kube-score': ['deployment-has-host-podantiaffinity', 'statefulset-has-host-podantiaffinity'],
      'kube-linter': ['no-anti-affinity'],
    },
  },
  create(context) {
    return {
      workload(workload) {
        if (isFragment(context, workload)) return;
        if (workload.kind !== 'Deployment' && workload.kind !== 'StatefulSet') return;
        const replicas = workload.replicas ?? 1;
        if (replicas < 2) return;
        const pod = workload.pod.data;
        const anti = ((pod.affinity ?? {}) as { podAntiAffinity?: Record<string, unknown> }).podAntiAffinity ?? {};
        const required = anti.requiredDuringSchedulingIgnoredDuringExecution;
        const preferred = anti.preferredDuringSchedulingIgnoredDuringExecution;
        const keys = [HOST, ZONE];
        const spread =
          (Array.isArray(required) && required.some((term) => spreadsOwnPods(workload, term, keys))) ||
          (Array.isArray(preferred) &&
            preferred.some((weighted) =>
              spreadsOwnPods(workload, (weighted as { podAffinityTerm?: unknown } | null)?.podAffinityTerm, keys),
            )) ||
          (Array.isArray(pod.topologySpreadConstraints) &&
            pod.topologySpreadConstraints.some((constraint) => spreadsOwnPods(workload, constraint, keys)));
        if (spread) return;
        context.report({
          at: workload.at(['kind']),
          messageId: 'missing',
          data: { kind: workload.kind, name: workload.name, replicas },
        });
      },
    };
  },
});
