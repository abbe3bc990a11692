import type { Locatable } from '../../../core/finding.js';
import { loadYaml } from '../../../core/yaml-graph.js';
import type { RuleContext } from '../../../core/rule.js';
import type { Container, KubernetesModel, Workload } from '../../../domains/kubernetes/index.js';
import type { KeyPath } from '../../../domains/yaml/document.js';

/** Workloads whose pods run until stopped (serve traffic, are rolled, are evicted): not Jobs or CronJobs. */
export function isLongRunning(workload: Workload): boolean {
  return workload.kind !== 'Job' && workload.kind !== 'CronJob';
}

/** Workloads a controller keeps at a number of replicas, which a PDB, an HPA or anti-affinity are about. */
export function isReplicated(workload: Workload): boolean {
  return (
    workload.kind === 'Deployment' ||
    workload.kind === 'StatefulSet' ||
    workload.kind === 'ReplicaSet' ||
    workload.kind === 'ReplicationController'
  );
}

/** `spec.replicas`, or the API's default of 1 when it is not written. */
export function replicasOf(workload: Workload): number {
  return workload.replicas ?? 1;
}

/** Where a key of a container is, e.g. `containerAt(c, ['image'])`. */
export function containerAt(container: Container, path: KeyPath = [], options?: { key?: boolean }): Locatable {
  return container.workload.at([...container.path, ...path], options);
}

/** Where a container is: its `name` (or its first key when it has no name). */
export function containerName(container: Container): Locatable {
  return containerAt(container, container.data.name !== undefined ? ['name'] : []);
}

/** Containers that run the application: the pod's containers and native sidecars, not one-shot init containers. */
export function runsWithPod(container: Container): boolean {
  return container.type === 'container' || container.sidecar;
}

/**
 * A security setting as the kubelet applies it: the container's own, else the pod's (for the settings PodSecurityContext
 * also has: runAsNonRoot, runAsUser, runAsGroup, seccompProfile, seLinuxOptions, windowsOptions).
 */
export function effectiveSecurity(container: Container, key: string): unknown {
  const own = container.securityContext[key];
  return own !== undefined ? own : container.workload.pod.securityContext[key];
}

/** Label text for messages: `Deployment web`, `container "app"`. */
export function describeWorkload(workload: Workload): string {
  return `${workload.kind} ${workload.name || '(unnamed)'}`;
}

/** The files a kustomization merges as patches (`patches[].path`, `patchesStrategicMerge`), by its text. */
const patchesByText = new Map<string, Set<string>>();

function patchesOf(text: string): Set<string> {
  let patches = patchesByText.get(text);
  if (!patches) {
    patches = new Set();
    const loaded = loadYaml(text);
    const data = loaded.ok ? (loaded.data as Record<string, unknown> | null) : null;
    for (const entry of Array.isArray(data?.patches) ? data.patches : []) {
      const path = (entry as { path?: unknown } | null)?.path;
      if (typeof path === 'string') patches.add(path.replace(/^\.\//, ''));
    }
    for (const entry of Array.isArray(data?.patchesStrategicMerge) ? data.patchesStrategicMerge : [])
      if (typeof entry === 'string') patches.add(entry.replace(/^\.\//, ''));
    if (patchesByText.size > 100) patchesByText.clear();
    patchesByText.set(text, patches);
  }
  return patches;
}

/**
 * A Kustomize patch: a file that the kustomization of its folder merges into a full manifest (`patches`,
 * `patchesStrategicMerge`). It is a fragment, so rules about what a manifest leaves out do not judge it; what it
 * writes is still checked.
 */
export function isFragment(context: RuleContext<KubernetesModel>, workload: Workload): boolean {
  const slash = workload.file.lastIndexOf('/');
  const name = workload.file.slice(slash + 1);
  for (const kustomization of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
    const text = context.readFile(workload.folder ? `${workload.folder}/${kustomization}` : kustomization);
    if (text !== undefined) return patchesOf(text).has(name);
  }
  return false;
}
