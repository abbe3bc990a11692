import type {
  ConfigData,
  Container,
  HorizontalPodAutoscaler,
  Ingress,
  K8sObject,
  KubernetesModel,
  Kustomization,
  NetworkPolicy,
  PodDisruptionBudget,
  Role,
  RoleBinding,
  Service,
  ServiceAccount,
  Workload,
} from './model.js';

/**
 * The hooks the Kubernetes walk emits, in this order: `file` (the model); for each object in document order
 * `object`, then the hook of its kind: `workload` followed by `container` for each of its containers (init
 * containers first, as they start), or `service`, `ingress`, `autoscaler`, `disruptionBudget`, `networkPolicy`,
 * `role` (Role, ClusterRole), `roleBinding` (RoleBinding, ClusterRoleBinding), `serviceAccount`, `config`
 * (ConfigMap, Secret), `kustomization`; finally `exit` (the model).
 */
export interface KubernetesHooks {
  file: KubernetesModel;
  object: K8sObject;
  workload: Workload;
  container: Container;
  service: Service;
  ingress: Ingress;
  autoscaler: HorizontalPodAutoscaler;
  disruptionBudget: PodDisruptionBudget;
  networkPolicy: NetworkPolicy;
  role: Role;
  roleBinding: RoleBinding;
  serviceAccount: ServiceAccount;
  config: ConfigData;
  kustomization: Kustomization;
  exit: KubernetesModel;
}

declare module '../../core/rule.js' {
  interface DomainHookMaps {
    kubernetes: { model: KubernetesModel; hooks: KubernetesHooks };
  }
}
