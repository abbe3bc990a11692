import type { Locatable } from '../../../core/finding.js';
import type { Container, Workload } from '../../../domains/kubernetes/index.js';
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

/**
 * A workload that lacks what the API server requires (a container's `image`, a controller's `selector`) is a
 * fragment: a Kustomize patch or an overlay's partial object, merged into a full manifest elsewhere. Rules about
 * what a manifest leaves out do not judge it; what it writes is still checked.
 */
export function isFragment(workload: Workload): boolean {
  if (workload.pod.containers.length === 0) return true;
  if ([...workload.pod.initContainers, ...workload.pod.containers].some((container) => container.image === ''))
    return true;
  return (
    workload.selector === undefined && workload.kind !== 'Pod' && workload.kind !== 'Job' && workload.kind !== 'CronJob'
  );
}
