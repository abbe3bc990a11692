import type { Domain } from '../../core/domain.js';
import type { KubernetesHooks } from './hooks.js';
import type { KubernetesModel, Workload } from './model.js';
import { parseManifests } from './parse.js';

export type { KubernetesHooks } from './hooks.js';
export type * from './model.js';
export { WORKLOAD_KINDS } from './model.js';
import { WORKLOAD_KINDS } from './model.js';
export { isKustomizationFile } from './parse.js';
export { matchesSelector, selectsAnything } from './selectors.js';

const WORKLOAD_KIND_SET = new Set<string>(WORKLOAD_KINDS);

const KIND_HOOKS = {
  Service: 'service',
  Ingress: 'ingress',
  HorizontalPodAutoscaler: 'autoscaler',
  PodDisruptionBudget: 'disruptionBudget',
  NetworkPolicy: 'networkPolicy',
  Role: 'role',
  ClusterRole: 'role',
  RoleBinding: 'roleBinding',
  ClusterRoleBinding: 'roleBinding',
  ServiceAccount: 'serviceAccount',
  ConfigMap: 'config',
  Secret: 'config',
  Kustomization: 'kustomization',
} as const satisfies Record<string, keyof KubernetesHooks>;

/**
 * Hooks (KubernetesHooks): `file`; per object `object`, then its kind's hook (`workload` followed by `container`
 * for each container, init containers first; `service`, `ingress`, …); then `exit`. Relations between objects of
 * one folder (a Service and the pods it selects) are looked up after every file is walked: see
 * rules/kubernetes/support/folder.ts.
 */
export const kubernetesDomain: Domain<KubernetesModel, KubernetesHooks> = {
  id: 'kubernetes',
  parse: parseManifests,
  walk(model, emit) {
    emit('file', model);
    for (const object of model.objects) {
      emit('object', object);
      if (WORKLOAD_KIND_SET.has(object.kind)) {
        const workload = object as Workload;
        emit('workload', workload);
        for (const container of workload.pod.initContainers) emit('container', container);
        for (const container of workload.pod.containers) emit('container', container);
        continue;
      }
      const hook = KIND_HOOKS[object.kind as keyof typeof KIND_HOOKS];
      // The object is the typed node of its kind: parse.ts built it as such.
      if (hook) emit(hook, object as never);
    }
    emit('exit', model);
  },
};
