import type { Document } from 'yaml';
import type { ParseResult } from '../../core/domain.js';
import type { Locatable } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import { locate, parseYaml, pathString, toData, type KeyPath } from '../yaml/document.js';
import {
  WORKLOAD_KINDS,
  type ConfigData,
  type Container,
  type ContainerPort,
  type Data,
  type EnvVar,
  type HorizontalPodAutoscaler,
  type Ingress,
  type IngressBackend,
  type K8sObject,
  type KubernetesModel,
  type Kustomization,
  type LabelSelector,
  type NetworkPolicy,
  type PodDisruptionBudget,
  type PodSpec,
  type Probe,
  type Role,
  type RoleBinding,
  type Service,
  type ServiceAccount,
  type Volume,
  type Workload,
  type WorkloadKind,
} from './model.js';

export function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const record = (value: unknown): Data => (isRecord(value) ? value : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;
const integer = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const flag = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
/** An int-or-string field (`port: 8080`, `port: http`, `maxUnavailable: 25%`). */
const intOrString = (value: unknown): number | string | undefined =>
  typeof value === 'number' || typeof value === 'string' ? value : undefined;

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(record(value))) {
    const string = text(item);
    if (string !== undefined) out[key] = string;
  }
  return out;
}

function strings(value: unknown): string[] {
  return list(value).flatMap((item) => {
    const string = text(item);
    return string === undefined ? [] : [string];
  });
}

export function labelSelector(value: unknown): LabelSelector | undefined {
  if (!isRecord(value)) return undefined;
  return {
    matchLabels: stringMap(value.matchLabels),
    matchExpressions: list(value.matchExpressions)
      .filter(isRecord)
      .map((expression) => ({
        key: text(expression.key) ?? '',
        operator: text(expression.operator) ?? '',
        values: strings(expression.values),
      })),
  };
}

/** Builds the common part of an object: its identity, labels and how to locate its keys. */
function baseObject(
  file: SourceFile,
  document: Document.Parsed,
  documentIndex: number,
  data: Data,
  prefix: KeyPath,
): K8sObject {
  const metadata = record(data.metadata);
  const kind = text(data.kind) ?? '';
  const name = text(metadata.name) ?? text(metadata.generateName) ?? '';
  const namespace = text(metadata.namespace);
  const slash = file.path.lastIndexOf('/');
  const identity = `${kind}/${namespace ?? ''}/${name}`;
  return {
    file: file.path,
    folder: slash < 0 ? '' : file.path.slice(0, slash),
    documentIndex,
    apiVersion: text(data.apiVersion) ?? '',
    kind,
    name,
    namespace,
    labels: stringMap(metadata.labels),
    annotations: stringMap(metadata.annotations),
    data,
    at(path: KeyPath, options?: { key?: boolean }): Locatable {
      const { span } = locate(file, document, [...prefix, ...path], options);
      return { span, path: `${identity}:${pathString(path)}` };
    },
  };
}

function probe(value: unknown, path: KeyPath): Probe | undefined {
  if (!isRecord(value)) return undefined;
  const handler = (['httpGet', 'tcpSocket', 'grpc', 'exec'] as const).find((name) => isRecord(value[name]));
  const port = handler && handler !== 'exec' ? intOrString(record(value[handler]).port) : undefined;
  return { data: value, path, handler, port };
}

function keyRef(value: unknown): { name: string; key: string; optional: boolean } | undefined {
  if (!isRecord(value)) return undefined;
  return { name: text(value.name) ?? '', key: text(value.key) ?? '', optional: value.optional === true };
}

function container(workload: Workload, type: Container['type'], data: Data, path: KeyPath): Container {
  const resources = record(data.resources);
  const env: EnvVar[] = list(data.env).flatMap((item, index) => {
    if (!isRecord(item)) return [];
    const from = record(item.valueFrom);
    return [
      {
        name: text(item.name) ?? '',
        value: text(item.value),
        secretKeyRef: keyRef(from.secretKeyRef),
        configMapKeyRef: keyRef(from.configMapKeyRef),
        path: [...path, 'env', index],
      },
    ];
  });
  const ports: ContainerPort[] = list(data.ports).flatMap((item, index) =>
    isRecord(item)
      ? [
          {
            containerPort: integer(item.containerPort),
            name: text(item.name),
            protocol: text(item.protocol) ?? 'TCP',
            hostPort: integer(item.hostPort),
            path: [...path, 'ports', index],
          },
        ]
      : [],
  );
  return {
    workload,
    type,
    name: text(data.name) ?? '',
    image: text(data.image) ?? '',
    imagePullPolicy: text(data.imagePullPolicy),
    requests: record(resources.requests),
    limits: record(resources.limits),
    livenessProbe: probe(data.livenessProbe, [...path, 'livenessProbe']),
    readinessProbe: probe(data.readinessProbe, [...path, 'readinessProbe']),
    startupProbe: probe(data.startupProbe, [...path, 'startupProbe']),
    securityContext: record(data.securityContext),
    env,
    ports,
    volumeMounts: list(data.volumeMounts).flatMap((item, index) =>
      isRecord(item)
        ? [
            {
              name: text(item.name) ?? '',
              readOnly: item.readOnly === true,
              mountPath: text(item.mountPath) ?? '',
              path: [...path, 'volumeMounts', index],
            },
          ]
        : [],
    ),
    data,
    path,
    sidecar: type === 'initContainer' && data.restartPolicy === 'Always',
  };
}

/** Where each workload kind keeps its pod template, and the spec that holds replicas and selector. */
function podPaths(kind: WorkloadKind): { spec: KeyPath; pod: KeyPath; metadata: KeyPath } {
  switch (kind) {
    case 'Pod':
      return { spec: ['spec'], pod: ['spec'], metadata: ['metadata'] };
    case 'CronJob':
      return {
        spec: ['spec', 'jobTemplate', 'spec'],
        pod: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
        metadata: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
      };
    default:
      return { spec: ['spec'], pod: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] };
  }
}

function dig(data: Data, path: KeyPath): unknown {
  let value: unknown = data;
  for (const segment of path) value = isRecord(value) ? value[segment as string] : undefined;
  return value;
}

function workload(base: K8sObject): Workload {
  const kind = base.kind as WorkloadKind;
  const paths = podPaths(kind);
  const spec = record(dig(base.data, paths.spec));
  const podData = record(dig(base.data, paths.pod));
  const podMetadata = record(dig(base.data, paths.metadata));
  const pod: PodSpec & { containers: Container[]; initContainers: Container[] } = {
    data: podData,
    path: paths.pod,
    metadataPath: paths.metadata,
    labels: stringMap(podMetadata.labels),
    annotations: stringMap(podMetadata.annotations),
    containers: [],
    initContainers: [],
    volumes: list(podData.volumes).flatMap((item, index): Volume[] =>
      isRecord(item)
        ? [
            {
              name: text(item.name) ?? '',
              hostPath: isRecord(item.hostPath) ? (text(item.hostPath.path) ?? '') : undefined,
              data: item,
              path: [...paths.pod, 'volumes', index],
            },
          ]
        : [],
    ),
    hostNetwork: podData.hostNetwork === true,
    hostPID: podData.hostPID === true,
    hostIPC: podData.hostIPC === true,
    serviceAccountName: text(podData.serviceAccountName) ?? text(podData.serviceAccount),
    automountServiceAccountToken: flag(podData.automountServiceAccountToken),
    securityContext: record(podData.securityContext),
    restartPolicy: text(podData.restartPolicy),
  };
  const result = Object.assign(base, {
    kind,
    pod,
    replicas: kind === 'Pod' || kind === 'Job' || kind === 'CronJob' ? undefined : integer(spec.replicas),
    selector:
      labelSelector(spec.selector) ?? (kind === 'ReplicationController' ? plainSelector(spec.selector) : undefined),
    specPath: paths.spec,
  }) as Workload;
  for (const [key, type] of [
    ['containers', 'container'],
    ['initContainers', 'initContainer'],
  ] as const) {
    const target = type === 'container' ? pod.containers : pod.initContainers;
    list(podData[key]).forEach((item, index) => {
      if (isRecord(item)) target.push(container(result, type, item, [...paths.pod, key, index]));
    });
  }
  return result;
}

function plainSelector(value: unknown): LabelSelector | undefined {
  return isRecord(value) ? { matchLabels: stringMap(value), matchExpressions: [] } : undefined;
}

function service(base: K8sObject): Service {
  const spec = record(base.data.spec);
  return Object.assign(base, {
    kind: 'Service' as const,
    selector: isRecord(spec.selector) ? stringMap(spec.selector) : undefined,
    type: text(spec.type) ?? 'ClusterIP',
    headless: spec.clusterIP === 'None',
    ports: list(spec.ports)
      .filter(isRecord)
      .map((port) => ({ port: integer(port.port), name: text(port.name), targetPort: intOrString(port.targetPort) })),
  });
}

/** `networking.k8s.io/v1` backends (`service: {name, port: {number|name}}`) and the older `serviceName`/`servicePort`. */
function backend(value: unknown, path: KeyPath, v1: boolean): IngressBackend | undefined {
  if (!isRecord(value)) return undefined;
  if (isRecord(value.service)) {
    const port = record(value.service.port);
    return {
      serviceName: text(value.service.name) ?? '',
      legacyFields: false,
      port: intOrString(port.number) ?? intOrString(port.name),
      path: [...path, 'service', 'name'],
    };
  }
  if (value.serviceName !== undefined)
    return {
      serviceName: text(value.serviceName) ?? '',
      legacyFields: v1,
      port: intOrString(value.servicePort),
      path: [...path, 'serviceName'],
    };
  return undefined;
}

function ingress(base: K8sObject): Ingress {
  const spec = record(base.data.spec);
  const backends: IngressBackend[] = [];
  const add = (found: IngressBackend | undefined): void => {
    if (found) backends.push(found);
  };
  const v1 = base.apiVersion === 'networking.k8s.io/v1';
  add(backend(spec.defaultBackend ?? spec.backend, ['spec', spec.defaultBackend ? 'defaultBackend' : 'backend'], v1));
  list(spec.rules).forEach((rule, ruleIndex) => {
    list(record(record(rule).http).paths).forEach((entry, pathIndex) => {
      add(backend(record(entry).backend, ['spec', 'rules', ruleIndex, 'http', 'paths', pathIndex, 'backend'], v1));
    });
  });
  return Object.assign(base, { kind: 'Ingress' as const, backends });
}

function autoscaler(base: K8sObject): HorizontalPodAutoscaler {
  const spec = record(base.data.spec);
  const target = isRecord(spec.scaleTargetRef)
    ? {
        kind: text(spec.scaleTargetRef.kind) ?? '',
        name: text(spec.scaleTargetRef.name) ?? '',
        apiVersion: text(spec.scaleTargetRef.apiVersion) ?? '',
      }
    : undefined;
  return Object.assign(base, {
    kind: 'HorizontalPodAutoscaler' as const,
    target,
    minReplicas: integer(spec.minReplicas),
    maxReplicas: integer(spec.maxReplicas),
  });
}

function disruptionBudget(base: K8sObject): PodDisruptionBudget {
  const spec = record(base.data.spec);
  return Object.assign(base, {
    kind: 'PodDisruptionBudget' as const,
    selector: labelSelector(spec.selector),
    minAvailable: intOrString(spec.minAvailable),
    maxUnavailable: intOrString(spec.maxUnavailable),
    unhealthyPodEvictionPolicy: text(spec.unhealthyPodEvictionPolicy),
  });
}

function networkPolicy(base: K8sObject): NetworkPolicy {
  const spec = record(base.data.spec);
  const written = strings(spec.policyTypes);
  const policyTypes = written.length > 0 ? written : spec.egress !== undefined ? ['Ingress', 'Egress'] : ['Ingress'];
  const peerSelectors: NetworkPolicy['peerSelectors'] = [];
  for (const [direction, peerKey] of [
    ['ingress', 'from'],
    ['egress', 'to'],
  ] as const) {
    list(spec[direction]).forEach((rule, ruleIndex) => {
      list(record(rule)[peerKey]).forEach((peer, peerIndex) => {
        if (!isRecord(peer) || peer.namespaceSelector !== undefined) return;
        const selector = labelSelector(peer.podSelector);
        if (selector)
          peerSelectors.push({ selector, path: ['spec', direction, ruleIndex, peerKey, peerIndex, 'podSelector'] });
      });
    });
  }
  return Object.assign(base, {
    kind: 'NetworkPolicy' as const,
    podSelector: labelSelector(spec.podSelector) ?? { matchLabels: {}, matchExpressions: [] },
    policyTypes,
    peerSelectors,
  });
}

function role(base: K8sObject): Role {
  return Object.assign(base, {
    kind: base.kind as Role['kind'],
    rules: list(base.data.rules).flatMap((rule, index) =>
      isRecord(rule)
        ? [
            {
              apiGroups: strings(rule.apiGroups),
              resources: strings(rule.resources),
              verbs: strings(rule.verbs),
              path: ['rules', index] as KeyPath,
            },
          ]
        : [],
    ),
  });
}

function roleBinding(base: K8sObject): RoleBinding {
  const ref = base.data.roleRef;
  return Object.assign(base, {
    kind: base.kind as RoleBinding['kind'],
    roleRef: isRecord(ref) ? { kind: text(ref.kind) ?? '', name: text(ref.name) ?? '' } : undefined,
    subjects: list(base.data.subjects)
      .filter(isRecord)
      .map((subject) => ({
        kind: text(subject.kind) ?? '',
        name: text(subject.name) ?? '',
        namespace: text(subject.namespace),
      })),
  });
}

function configData(base: K8sObject): ConfigData {
  const keys = ['data', 'stringData', 'binaryData'].flatMap((key) => Object.keys(record(base.data[key])));
  return Object.assign(base, { kind: base.kind as ConfigData['kind'], keys });
}

function kustomization(base: K8sObject): Kustomization {
  const resources = list(base.data.resources).flatMap((item, index) => {
    const value = text(item);
    // Remote bases (`github.com/…`, `https://…`, `?ref=`) are not files of this repository.
    if (value === undefined || /^[a-z][\w+.-]*:\/\/|^(?:github\.com|gitlab\.com|bitbucket\.org)\/|\?ref=/i.test(value))
      return [];
    return [{ value, path: ['resources', index] as KeyPath }];
  });
  return Object.assign(base, { kind: 'Kustomization' as const, resources });
}

const WORKLOADS = new Set<string>(WORKLOAD_KINDS);

export function isKustomizationFile(path: string): boolean {
  return /(^|\/)kustomization\.ya?ml$/i.test(path);
}

/** Parses a manifest file: every document (and every item of a `kind: List`) becomes a typed object. */
export function parseManifests(file: SourceFile): ParseResult<KubernetesModel> {
  const yaml = parseYaml(file);
  if (yaml.problems.length > 0) return { ok: false, problems: yaml.problems, comments: yaml.comments };
  const model: KubernetesModel = {
    file,
    objects: [],
    workloads: [],
    services: [],
    ingresses: [],
    autoscalers: [],
    disruptionBudgets: [],
    networkPolicies: [],
    roles: [],
    roleBindings: [],
    serviceAccounts: [],
    configs: [],
    kustomizations: [],
  };
  const kustomizeFile = isKustomizationFile(file.path);
  yaml.documents.forEach((document, documentIndex) => {
    const data = toData(document);
    if (!isRecord(data)) return;
    if (data.kind === 'List' && Array.isArray(data.items)) {
      data.items.forEach((item, index) => {
        if (isRecord(item)) add(model, baseObject(file, document, documentIndex, item, ['items', index]));
      });
      return;
    }
    if (kustomizeFile && data.kind === undefined) data.kind = 'Kustomization';
    if (typeof data.kind === 'string') add(model, baseObject(file, document, documentIndex, data, []));
  });
  return { ok: true, model, comments: yaml.comments };
}

function add(model: KubernetesModel, base: K8sObject): void {
  const { kind } = base;
  let object: K8sObject = base;
  if (WORKLOADS.has(kind)) model.workloads.push((object = workload(base)) as Workload);
  else if (kind === 'Service') model.services.push((object = service(base)) as Service);
  else if (kind === 'Ingress') model.ingresses.push((object = ingress(base)) as Ingress);
  else if (kind === 'HorizontalPodAutoscaler')
    model.autoscalers.push((object = autoscaler(base)) as HorizontalPodAutoscaler);
  else if (kind === 'PodDisruptionBudget')
    model.disruptionBudgets.push((object = disruptionBudget(base)) as PodDisruptionBudget);
  else if (kind === 'NetworkPolicy') model.networkPolicies.push((object = networkPolicy(base)) as NetworkPolicy);
  else if (kind === 'Role' || kind === 'ClusterRole') model.roles.push((object = role(base)) as Role);
  else if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding')
    model.roleBindings.push((object = roleBinding(base)) as RoleBinding);
  else if (kind === 'ServiceAccount')
    model.serviceAccounts.push(
      (object = Object.assign(base, {
        kind: 'ServiceAccount' as const,
        automountServiceAccountToken: flag(base.data.automountServiceAccountToken),
      })) as ServiceAccount,
    );
  else if (kind === 'ConfigMap' || kind === 'Secret') model.configs.push((object = configData(base)) as ConfigData);
  else if (kind === 'Kustomization') model.kustomizations.push((object = kustomization(base)) as Kustomization);
  model.objects.push(object);
}
