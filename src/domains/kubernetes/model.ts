import type { Locatable } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import type { KeyPath } from '../yaml/document.js';

/** A YAML mapping as plain data (aliases shared, merge keys applied): read-only. */
export type Data = Record<string, unknown>;

/** A label selector: `matchLabels` and `matchExpressions`, or a Service's plain map (all in `matchLabels`). */
export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: { key: string; operator: string; values: string[] }[];
}

export const WORKLOAD_KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** What every document of a manifest file has, whatever its kind. */
export interface K8sObject {
  /** Repository-relative path of the file. */
  readonly file: string;
  /** Folder of the file (`''` at the root): relations between objects are looked up within one folder. */
  readonly folder: string;
  /** 0-based index of the YAML document in the file (items of a `List` share their document's). */
  readonly documentIndex: number;
  readonly apiVersion: string;
  readonly kind: string;
  /** `metadata.name`, `''` when absent (a patch, a generateName). */
  readonly name: string;
  /** `metadata.namespace`; undefined when the object takes the namespace it is applied to. */
  readonly namespace: string | undefined;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  /** The whole object as plain data. */
  readonly data: Data;
  /** Where `path` (from the object's root) is, with a logical path `Kind/namespace/name:path` for fingerprints. */
  at(path: KeyPath, options?: { key?: boolean }): Locatable;
}

export interface Probe {
  readonly data: Data;
  readonly path: KeyPath;
  /** `httpGet`, `tcpSocket`, `grpc`, `exec`, or undefined when the probe names no handler. */
  readonly handler: 'httpGet' | 'tcpSocket' | 'grpc' | 'exec' | undefined;
  /** The port the handler checks (a number or a port name), for `httpGet`, `tcpSocket` and `grpc`. */
  readonly port: number | string | undefined;
}

export interface EnvVar {
  readonly name: string;
  /** The literal `value`, when the variable has one. */
  readonly value: string | undefined;
  readonly secretKeyRef: { name: string; key: string; optional: boolean } | undefined;
  readonly configMapKeyRef: { name: string; key: string; optional: boolean } | undefined;
  readonly path: KeyPath;
}

export interface ContainerPort {
  readonly containerPort: number | undefined;
  readonly name: string | undefined;
  readonly protocol: string;
  readonly hostPort: number | undefined;
  readonly path: KeyPath;
}

export interface Container {
  readonly workload: Workload;
  readonly type: 'container' | 'initContainer' | 'ephemeralContainer';
  readonly name: string;
  /** `image` as written; `''` when absent. */
  readonly image: string;
  readonly imagePullPolicy: string | undefined;
  readonly requests: Data;
  readonly limits: Data;
  readonly livenessProbe: Probe | undefined;
  readonly readinessProbe: Probe | undefined;
  readonly startupProbe: Probe | undefined;
  /** The container's own `securityContext` (empty when absent). */
  readonly securityContext: Data;
  readonly env: EnvVar[];
  readonly ports: ContainerPort[];
  readonly volumeMounts: { name: string; readOnly: boolean; mountPath: string; path: KeyPath }[];
  readonly data: Data;
  /** Key path of the container from the object's root. */
  readonly path: KeyPath;
  /** A native sidecar: an init container with `restartPolicy: Always`, which runs for the pod's life. */
  readonly sidecar: boolean;
}

export interface Volume {
  readonly name: string;
  readonly hostPath: string | undefined;
  readonly data: Data;
  readonly path: KeyPath;
}

export interface PodSpec {
  readonly data: Data;
  /** Key path of the pod spec from the object's root (`spec`, `spec.template.spec`, …). */
  readonly path: KeyPath;
  /** Key path of the pod template's metadata (`metadata` for a Pod). */
  readonly metadataPath: KeyPath;
  /** The pod's labels (the template's, or a Pod's own). */
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
  readonly containers: Container[];
  readonly initContainers: Container[];
  readonly volumes: Volume[];
  readonly hostNetwork: boolean;
  readonly hostPID: boolean;
  readonly hostIPC: boolean;
  readonly serviceAccountName: string | undefined;
  readonly automountServiceAccountToken: boolean | undefined;
  readonly securityContext: Data;
  readonly restartPolicy: string | undefined;
}

export interface Workload extends K8sObject {
  readonly kind: WorkloadKind;
  readonly pod: PodSpec;
  /** `spec.replicas` when written (Deployment, StatefulSet, ReplicaSet, ReplicationController). */
  readonly replicas: number | undefined;
  /** `spec.selector` (undefined for a Pod, Job or CronJob without one). */
  readonly selector: LabelSelector | undefined;
  /** Key path of the object's spec that holds replicas and selector (`spec`, `spec.jobTemplate.spec`). */
  readonly specPath: KeyPath;
}

export interface Service extends K8sObject {
  readonly kind: 'Service';
  /** `spec.selector`; undefined for a Service without one (endpoints managed elsewhere, ExternalName). */
  readonly selector: Record<string, string> | undefined;
  readonly type: string;
  /** `spec.clusterIP: None`. */
  readonly headless: boolean;
  readonly ports: { port: number | undefined; name: string | undefined; targetPort: number | string | undefined }[];
}

export interface IngressBackend {
  readonly serviceName: string;
  /** `serviceName`/`servicePort` written in a `networking.k8s.io/v1` Ingress, which has no such fields. */
  readonly legacyFields: boolean;
  readonly port: number | string | undefined;
  readonly path: KeyPath;
}

export interface Ingress extends K8sObject {
  readonly kind: 'Ingress';
  readonly backends: IngressBackend[];
}

export interface HorizontalPodAutoscaler extends K8sObject {
  readonly kind: 'HorizontalPodAutoscaler';
  readonly target: { kind: string; name: string; apiVersion: string } | undefined;
  readonly minReplicas: number | undefined;
  readonly maxReplicas: number | undefined;
}

export interface PodDisruptionBudget extends K8sObject {
  readonly kind: 'PodDisruptionBudget';
  readonly selector: LabelSelector | undefined;
  readonly minAvailable: number | string | undefined;
  readonly maxUnavailable: number | string | undefined;
  readonly unhealthyPodEvictionPolicy: string | undefined;
}

export interface NetworkPolicy extends K8sObject {
  readonly kind: 'NetworkPolicy';
  readonly podSelector: LabelSelector;
  /** `spec.policyTypes`, or what Kubernetes infers: Ingress, plus Egress when egress rules are written. */
  readonly policyTypes: string[];
  /** `podSelector`s of `from`/`to` peers without a `namespaceSelector` (peers in the policy's own namespace). */
  readonly peerSelectors: { selector: LabelSelector; path: KeyPath }[];
}

export interface PolicyRule {
  readonly apiGroups: string[];
  readonly resources: string[];
  readonly verbs: string[];
  readonly path: KeyPath;
}

export interface Role extends K8sObject {
  readonly kind: 'Role' | 'ClusterRole';
  readonly rules: PolicyRule[];
}

export interface RoleBinding extends K8sObject {
  readonly kind: 'RoleBinding' | 'ClusterRoleBinding';
  readonly roleRef: { kind: string; name: string } | undefined;
  readonly subjects: { kind: string; name: string; namespace: string | undefined }[];
}

export interface ServiceAccount extends K8sObject {
  readonly kind: 'ServiceAccount';
  readonly automountServiceAccountToken: boolean | undefined;
}

export interface ConfigData extends K8sObject {
  readonly kind: 'ConfigMap' | 'Secret';
  /** Keys of `data`, `stringData` and `binaryData`. */
  readonly keys: string[];
}

export interface Kustomization extends K8sObject {
  readonly kind: 'Kustomization';
  /** Local `resources:` entries (files or folders), with where each is written. */
  readonly resources: { value: string; path: KeyPath }[];
}

/** The objects of one manifest file, in document order, and by kind. */
export interface KubernetesModel {
  readonly file: SourceFile;
  readonly objects: K8sObject[];
  readonly workloads: Workload[];
  readonly services: Service[];
  readonly ingresses: Ingress[];
  readonly autoscalers: HorizontalPodAutoscaler[];
  readonly disruptionBudgets: PodDisruptionBudget[];
  readonly networkPolicies: NetworkPolicy[];
  readonly roles: Role[];
  readonly roleBindings: RoleBinding[];
  readonly serviceAccounts: ServiceAccount[];
  readonly configs: ConfigData[];
  readonly kustomizations: Kustomization[];
}
