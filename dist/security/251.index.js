export const id = 251;
export const ids = [251];
export const modules = {

/***/ 8251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kubernetesRules: () => (/* binding */ kubernetesRules),
  pack: () => (/* binding */ pack)
});

// EXTERNAL MODULE: ./src/domains/yaml/document.ts + 1 modules
var yaml_document = __webpack_require__(2276);
;// CONCATENATED MODULE: ./src/domains/kubernetes/model.ts
const WORKLOAD_KINDS = [
    'Pod',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'ReplicaSet',
    'ReplicationController',
    'Job',
    'CronJob',
];

;// CONCATENATED MODULE: ./src/domains/kubernetes/parse.ts


function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const record = (value) => (isRecord(value) ? value : {});
const list = (value) => (Array.isArray(value) ? value : []);
const parse_text = (value) => typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined;
const integer = (value) => typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const flag = (value) => (typeof value === 'boolean' ? value : undefined);
/** An int-or-string field (`port: 8080`, `port: http`, `maxUnavailable: 25%`). */
const intOrString = (value) => typeof value === 'number' || typeof value === 'string' ? value : undefined;
function stringMap(value) {
    const out = {};
    for (const [key, item] of Object.entries(record(value))) {
        const string = parse_text(item);
        if (string !== undefined)
            out[key] = string;
    }
    return out;
}
function strings(value) {
    return list(value).flatMap((item) => {
        const string = parse_text(item);
        return string === undefined ? [] : [string];
    });
}
function labelSelector(value) {
    if (!isRecord(value))
        return undefined;
    return {
        matchLabels: stringMap(value.matchLabels),
        matchExpressions: list(value.matchExpressions)
            .filter(isRecord)
            .map((expression) => ({
            key: parse_text(expression.key) ?? '',
            operator: parse_text(expression.operator) ?? '',
            values: strings(expression.values),
        })),
    };
}
/** Builds the common part of an object: its identity, labels and how to locate its keys. */
function baseObject(file, document, documentIndex, data, prefix) {
    const metadata = record(data.metadata);
    const kind = parse_text(data.kind) ?? '';
    const name = parse_text(metadata.name) ?? parse_text(metadata.generateName) ?? '';
    const namespace = parse_text(metadata.namespace);
    const slash = file.path.lastIndexOf('/');
    const identity = `${kind}/${namespace ?? ''}/${name}`;
    return {
        file: file.path,
        folder: slash < 0 ? '' : file.path.slice(0, slash),
        documentIndex,
        apiVersion: parse_text(data.apiVersion) ?? '',
        kind,
        name,
        namespace,
        labels: stringMap(metadata.labels),
        annotations: stringMap(metadata.annotations),
        data,
        at(path, options) {
            const { span } = (0,yaml_document/* locate */.x5)(file, document, [...prefix, ...path], options);
            return { span, path: `${identity}:${(0,yaml_document/* pathString */.hL)(path)}` };
        },
    };
}
function probe(value, path) {
    if (!isRecord(value))
        return undefined;
    const handler = ['httpGet', 'tcpSocket', 'grpc', 'exec'].find((name) => isRecord(value[name]));
    const port = handler && handler !== 'exec' ? intOrString(record(value[handler]).port) : undefined;
    return { data: value, path, handler, port };
}
function keyRef(value) {
    if (!isRecord(value))
        return undefined;
    return { name: parse_text(value.name) ?? '', key: parse_text(value.key) ?? '', optional: value.optional === true };
}
function container(workload, type, data, path) {
    const resources = record(data.resources);
    const env = list(data.env).flatMap((item, index) => {
        if (!isRecord(item))
            return [];
        const from = record(item.valueFrom);
        return [
            {
                name: parse_text(item.name) ?? '',
                value: parse_text(item.value),
                secretKeyRef: keyRef(from.secretKeyRef),
                configMapKeyRef: keyRef(from.configMapKeyRef),
                path: [...path, 'env', index],
            },
        ];
    });
    const ports = list(data.ports).flatMap((item, index) => isRecord(item)
        ? [
            {
                containerPort: integer(item.containerPort),
                name: parse_text(item.name),
                protocol: parse_text(item.protocol) ?? 'TCP',
                hostPort: integer(item.hostPort),
                path: [...path, 'ports', index],
            },
        ]
        : []);
    return {
        workload,
        type,
        name: parse_text(data.name) ?? '',
        image: parse_text(data.image) ?? '',
        imagePullPolicy: parse_text(data.imagePullPolicy),
        requests: record(resources.requests),
        limits: record(resources.limits),
        livenessProbe: probe(data.livenessProbe, [...path, 'livenessProbe']),
        readinessProbe: probe(data.readinessProbe, [...path, 'readinessProbe']),
        startupProbe: probe(data.startupProbe, [...path, 'startupProbe']),
        securityContext: record(data.securityContext),
        env,
        ports,
        volumeMounts: list(data.volumeMounts).flatMap((item, index) => isRecord(item)
            ? [
                {
                    name: parse_text(item.name) ?? '',
                    readOnly: item.readOnly === true,
                    mountPath: parse_text(item.mountPath) ?? '',
                    path: [...path, 'volumeMounts', index],
                },
            ]
            : []),
        data,
        path,
        sidecar: type === 'initContainer' && data.restartPolicy === 'Always',
    };
}
/** Where each workload kind keeps its pod template, and the spec that holds replicas and selector. */
function podPaths(kind) {
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
function dig(data, path) {
    let value = data;
    for (const segment of path)
        value = isRecord(value) ? value[segment] : undefined;
    return value;
}
function workload(base) {
    const kind = base.kind;
    const paths = podPaths(kind);
    const spec = record(dig(base.data, paths.spec));
    const podData = record(dig(base.data, paths.pod));
    const podMetadata = record(dig(base.data, paths.metadata));
    const pod = {
        data: podData,
        path: paths.pod,
        metadataPath: paths.metadata,
        labels: stringMap(podMetadata.labels),
        annotations: stringMap(podMetadata.annotations),
        containers: [],
        initContainers: [],
        volumes: list(podData.volumes).flatMap((item, index) => isRecord(item)
            ? [
                {
                    name: parse_text(item.name) ?? '',
                    hostPath: isRecord(item.hostPath) ? (parse_text(item.hostPath.path) ?? '') : undefined,
                    data: item,
                    path: [...paths.pod, 'volumes', index],
                },
            ]
            : []),
        hostNetwork: podData.hostNetwork === true,
        hostPID: podData.hostPID === true,
        hostIPC: podData.hostIPC === true,
        serviceAccountName: parse_text(podData.serviceAccountName) ?? parse_text(podData.serviceAccount),
        automountServiceAccountToken: flag(podData.automountServiceAccountToken),
        securityContext: record(podData.securityContext),
        restartPolicy: parse_text(podData.restartPolicy),
    };
    const result = Object.assign(base, {
        kind,
        pod,
        replicas: kind === 'Pod' || kind === 'Job' || kind === 'CronJob' ? undefined : integer(spec.replicas),
        selector: labelSelector(spec.selector) ?? (kind === 'ReplicationController' ? plainSelector(spec.selector) : undefined),
        specPath: paths.spec,
    });
    for (const [key, type] of [
        ['containers', 'container'],
        ['initContainers', 'initContainer'],
    ]) {
        const target = type === 'container' ? pod.containers : pod.initContainers;
        list(podData[key]).forEach((item, index) => {
            if (isRecord(item))
                target.push(container(result, type, item, [...paths.pod, key, index]));
        });
    }
    return result;
}
function plainSelector(value) {
    return isRecord(value) ? { matchLabels: stringMap(value), matchExpressions: [] } : undefined;
}
function service(base) {
    const spec = record(base.data.spec);
    return Object.assign(base, {
        kind: 'Service',
        selector: isRecord(spec.selector) ? stringMap(spec.selector) : undefined,
        type: parse_text(spec.type) ?? 'ClusterIP',
        headless: spec.clusterIP === 'None',
        ports: list(spec.ports)
            .filter(isRecord)
            .map((port) => ({ port: integer(port.port), name: parse_text(port.name), targetPort: intOrString(port.targetPort) })),
    });
}
/** `networking.k8s.io/v1` backends (`service: {name, port: {number|name}}`) and the older `serviceName`/`servicePort`. */
function backend(value, path, v1) {
    if (!isRecord(value))
        return undefined;
    if (isRecord(value.service)) {
        const port = record(value.service.port);
        return {
            serviceName: parse_text(value.service.name) ?? '',
            legacyFields: false,
            port: intOrString(port.number) ?? intOrString(port.name),
            path: [...path, 'service', 'name'],
        };
    }
    if (value.serviceName !== undefined)
        return {
            serviceName: parse_text(value.serviceName) ?? '',
            legacyFields: v1,
            port: intOrString(value.servicePort),
            path: [...path, 'serviceName'],
        };
    return undefined;
}
function ingress(base) {
    const spec = record(base.data.spec);
    const backends = [];
    const add = (found) => {
        if (found)
            backends.push(found);
    };
    const v1 = base.apiVersion === 'networking.k8s.io/v1';
    add(backend(spec.defaultBackend ?? spec.backend, ['spec', spec.defaultBackend ? 'defaultBackend' : 'backend'], v1));
    list(spec.rules).forEach((rule, ruleIndex) => {
        list(record(record(rule).http).paths).forEach((entry, pathIndex) => {
            add(backend(record(entry).backend, ['spec', 'rules', ruleIndex, 'http', 'paths', pathIndex, 'backend'], v1));
        });
    });
    return Object.assign(base, { kind: 'Ingress', backends });
}
function autoscaler(base) {
    const spec = record(base.data.spec);
    const target = isRecord(spec.scaleTargetRef)
        ? {
            kind: parse_text(spec.scaleTargetRef.kind) ?? '',
            name: parse_text(spec.scaleTargetRef.name) ?? '',
            apiVersion: parse_text(spec.scaleTargetRef.apiVersion) ?? '',
        }
        : undefined;
    return Object.assign(base, {
        kind: 'HorizontalPodAutoscaler',
        target,
        minReplicas: integer(spec.minReplicas),
        maxReplicas: integer(spec.maxReplicas),
    });
}
function disruptionBudget(base) {
    const spec = record(base.data.spec);
    return Object.assign(base, {
        kind: 'PodDisruptionBudget',
        selector: labelSelector(spec.selector),
        minAvailable: intOrString(spec.minAvailable),
        maxUnavailable: intOrString(spec.maxUnavailable),
        unhealthyPodEvictionPolicy: parse_text(spec.unhealthyPodEvictionPolicy),
    });
}
function networkPolicy(base) {
    const spec = record(base.data.spec);
    const written = strings(spec.policyTypes);
    const policyTypes = written.length > 0 ? written : spec.egress !== undefined ? ['Ingress', 'Egress'] : ['Ingress'];
    const peerSelectors = [];
    for (const [direction, peerKey] of [
        ['ingress', 'from'],
        ['egress', 'to'],
    ]) {
        list(spec[direction]).forEach((rule, ruleIndex) => {
            list(record(rule)[peerKey]).forEach((peer, peerIndex) => {
                if (!isRecord(peer) || peer.namespaceSelector !== undefined)
                    return;
                const selector = labelSelector(peer.podSelector);
                if (selector)
                    peerSelectors.push({ selector, path: ['spec', direction, ruleIndex, peerKey, peerIndex, 'podSelector'] });
            });
        });
    }
    return Object.assign(base, {
        kind: 'NetworkPolicy',
        podSelector: labelSelector(spec.podSelector) ?? { matchLabels: {}, matchExpressions: [] },
        policyTypes,
        peerSelectors,
    });
}
function role(base) {
    return Object.assign(base, {
        kind: base.kind,
        rules: list(base.data.rules).flatMap((rule, index) => isRecord(rule)
            ? [
                {
                    apiGroups: strings(rule.apiGroups),
                    resources: strings(rule.resources),
                    verbs: strings(rule.verbs),
                    path: ['rules', index],
                },
            ]
            : []),
    });
}
function roleBinding(base) {
    const ref = base.data.roleRef;
    return Object.assign(base, {
        kind: base.kind,
        roleRef: isRecord(ref) ? { kind: parse_text(ref.kind) ?? '', name: parse_text(ref.name) ?? '' } : undefined,
        subjects: list(base.data.subjects)
            .filter(isRecord)
            .map((subject) => ({
            kind: parse_text(subject.kind) ?? '',
            name: parse_text(subject.name) ?? '',
            namespace: parse_text(subject.namespace),
        })),
    });
}
function configData(base) {
    const keys = ['data', 'stringData', 'binaryData'].flatMap((key) => Object.keys(record(base.data[key])));
    return Object.assign(base, { kind: base.kind, keys });
}
function kustomization(base) {
    const resources = list(base.data.resources).flatMap((item, index) => {
        const value = parse_text(item);
        // Remote bases (`github.com/…`, `https://…`, `?ref=`) are not files of this repository.
        if (value === undefined || /^[a-z][\w+.-]*:\/\/|^(?:github\.com|gitlab\.com|bitbucket\.org)\/|\?ref=/i.test(value))
            return [];
        return [{ value, path: ['resources', index] }];
    });
    return Object.assign(base, { kind: 'Kustomization', resources });
}
const WORKLOADS = new Set(WORKLOAD_KINDS);
function isKustomizationFile(path) {
    return /(^|\/)kustomization\.ya?ml$/i.test(path);
}
/** Parses a manifest file: every document (and every item of a `kind: List`) becomes a typed object. */
function parseManifests(file) {
    const yaml = (0,yaml_document/* parseYaml */.hN)(file);
    if (yaml.problems.length > 0)
        return { ok: false, problems: yaml.problems, comments: yaml.comments };
    const model = {
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
        const data = (0,yaml_document/* toData */.OY)(document);
        if (!isRecord(data))
            return;
        if (data.kind === 'List' && Array.isArray(data.items)) {
            data.items.forEach((item, index) => {
                if (isRecord(item))
                    add(model, baseObject(file, document, documentIndex, item, ['items', index]));
            });
            return;
        }
        if (kustomizeFile && data.kind === undefined)
            data.kind = 'Kustomization';
        if (typeof data.kind === 'string')
            add(model, baseObject(file, document, documentIndex, data, []));
    });
    return { ok: true, model, comments: yaml.comments };
}
function add(model, base) {
    const { kind } = base;
    let object = base;
    if (WORKLOADS.has(kind))
        model.workloads.push((object = workload(base)));
    else if (kind === 'Service')
        model.services.push((object = service(base)));
    else if (kind === 'Ingress')
        model.ingresses.push((object = ingress(base)));
    else if (kind === 'HorizontalPodAutoscaler')
        model.autoscalers.push((object = autoscaler(base)));
    else if (kind === 'PodDisruptionBudget')
        model.disruptionBudgets.push((object = disruptionBudget(base)));
    else if (kind === 'NetworkPolicy')
        model.networkPolicies.push((object = networkPolicy(base)));
    else if (kind === 'Role' || kind === 'ClusterRole')
        model.roles.push((object = role(base)));
    else if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding')
        model.roleBindings.push((object = roleBinding(base)));
    else if (kind === 'ServiceAccount')
        model.serviceAccounts.push((object = Object.assign(base, {
            kind: 'ServiceAccount',
            automountServiceAccountToken: flag(base.data.automountServiceAccountToken),
        })));
    else if (kind === 'ConfigMap' || kind === 'Secret')
        model.configs.push((object = configData(base)));
    else if (kind === 'Kustomization')
        model.kustomizations.push((object = kustomization(base)));
    model.objects.push(object);
}

;// CONCATENATED MODULE: ./src/domains/kubernetes/selectors.ts
/**
 * Whether a label selector selects a set of labels, as the API server decides: every `matchLabels` pair and every
 * expression (`In`, `NotIn`, `Exists`, `DoesNotExist`) must hold. An empty selector selects everything.
 * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements
 */
function matchesSelector(selector, labels) {
    for (const [key, value] of Object.entries(selector.matchLabels))
        if (labels[key] !== value)
            return false;
    for (const { key, operator, values } of selector.matchExpressions) {
        const has = Object.hasOwn(labels, key);
        switch (operator) {
            case 'In':
                if (!has || !values.includes(labels[key]))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(labels[key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}
/** True when the selector names at least one requirement (an empty one selects every pod). */
function selectsAnything(selector) {
    return Object.keys(selector.matchLabels).length > 0 || selector.matchExpressions.length > 0;
}

;// CONCATENATED MODULE: ./src/domains/kubernetes/index.ts





const WORKLOAD_KIND_SET = new Set(WORKLOAD_KINDS);
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
};
/**
 * Hooks (KubernetesHooks): `file`; per object `object`, then its kind's hook (`workload` followed by `container`
 * for each container, init containers first; `service`, `ingress`, …); then `exit`. Relations between objects of
 * one folder (a Service and the pods it selects) are looked up after every file is walked: see
 * rules/kubernetes/support/folder.ts.
 */
const kubernetesDomain = {
    id: 'kubernetes',
    parse: parseManifests,
    walk(model, emit) {
        emit('file', model);
        for (const object of model.objects) {
            emit('object', object);
            if (WORKLOAD_KIND_SET.has(object.kind)) {
                const workload = object;
                emit('workload', workload);
                for (const container of workload.pod.initContainers)
                    emit('container', container);
                for (const container of workload.pod.containers)
                    emit('container', container);
                continue;
            }
            const hook = KIND_HOOKS[object.kind];
            // The object is the typed node of its kind: parse.ts built it as such.
            if (hook)
                emit(hook, object);
        }
        emit('exit', model);
    },
};

// EXTERNAL MODULE: ./src/core/rule.ts
var rule = __webpack_require__(1961);
// EXTERNAL MODULE: ./src/core/yaml-graph.ts
var yaml_graph = __webpack_require__(4149);
;// CONCATENATED MODULE: ./src/rules/kubernetes/support/pods.ts

/** Workloads whose pods run until stopped (serve traffic, are rolled, are evicted): not Jobs or CronJobs. */
function isLongRunning(workload) {
    return workload.kind !== 'Job' && workload.kind !== 'CronJob';
}
/** Workloads a controller keeps at a number of replicas, which a PDB, an HPA or anti-affinity are about. */
function isReplicated(workload) {
    return (workload.kind === 'Deployment' ||
        workload.kind === 'StatefulSet' ||
        workload.kind === 'ReplicaSet' ||
        workload.kind === 'ReplicationController');
}
/** `spec.replicas`, or the API's default of 1 when it is not written. */
function replicasOf(workload) {
    return workload.replicas ?? 1;
}
/** Where a key of a container is, e.g. `containerAt(c, ['image'])`. */
function containerAt(container, path = [], options) {
    return container.workload.at([...container.path, ...path], options);
}
/** Where a container is: its `name` (or its first key when it has no name). */
function containerName(container) {
    return containerAt(container, container.data.name !== undefined ? ['name'] : []);
}
/** Containers that run the application: the pod's containers and native sidecars, not one-shot init containers. */
function runsWithPod(container) {
    return container.type === 'container' || container.sidecar;
}
/**
 * A security setting as the kubelet applies it: the container's own, else the pod's (for the settings PodSecurityContext
 * also has: runAsNonRoot, runAsUser, runAsGroup, seccompProfile, seLinuxOptions, windowsOptions).
 */
function effectiveSecurity(container, key) {
    const own = container.securityContext[key];
    return own !== undefined ? own : container.workload.pod.securityContext[key];
}
/** Label text for messages: `Deployment web`, `container "app"`. */
function describeWorkload(workload) {
    return `${workload.kind} ${workload.name || '(unnamed)'}`;
}
/** The files a kustomization merges as patches (`patches[].path`, `patchesStrategicMerge`), by its text. */
const patchesByText = new Map();
function patchesOf(text) {
    let patches = patchesByText.get(text);
    if (!patches) {
        patches = new Set();
        const loaded = (0,yaml_graph/* loadYaml */.yv)(text);
        const data = loaded.ok ? loaded.data : null;
        for (const entry of Array.isArray(data?.patches) ? data.patches : []) {
            const path = entry?.path;
            if (typeof path === 'string')
                patches.add(path.replace(/^\.\//, ''));
        }
        for (const entry of Array.isArray(data?.patchesStrategicMerge) ? data.patchesStrategicMerge : [])
            if (typeof entry === 'string')
                patches.add(entry.replace(/^\.\//, ''));
        if (patchesByText.size > 100)
            patchesByText.clear();
        patchesByText.set(text, patches);
    }
    return patches;
}
/**
 * A Kustomize patch: a file that the kustomization of its folder merges into a full manifest (`patches`,
 * `patchesStrategicMerge`). It is a fragment, so rules about what a manifest leaves out do not judge it; what it
 * writes is still checked.
 */
function isFragment(context, workload) {
    const slash = workload.file.lastIndexOf('/');
    const name = workload.file.slice(slash + 1);
    for (const kustomization of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
        const text = context.readFile(workload.folder ? `${workload.folder}/${kustomization}` : kustomization);
        if (text !== undefined)
            return patchesOf(text).has(name);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/rules/kubernetes/added-capabilities.ts


/** Capabilities that amount to root on the node or its network (the Pod Security Standards' Baseline allows none). */
const DANGEROUS = new Set([
    'ALL',
    'SYS_ADMIN',
    'NET_ADMIN',
    'SYS_MODULE',
    'SYS_PTRACE',
    'SYS_RAWIO',
    'SYS_BOOT',
    'SYS_TIME',
    'DAC_READ_SEARCH',
    'BPF',
    'PERFMON',
    'MAC_ADMIN',
    'MAC_OVERRIDE',
    'NET_RAW',
]);
/* harmony default export */ const added_capabilities = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/added-capabilities',
        domain: 'kubernetes',
        description: 'Containers must not add capabilities that give control of the node or its network.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.0,
        messages: {
            added: 'Container "{{name}}" adds capability `{{capability}}`: {{why}}',
        },
        equivalents: {
            polaris: ['dangerousCapabilities', 'insecureCapabilities'],
            checkov: ['CKV_K8S_25', 'CKV_K8S_39'],
        },
    },
    create(context) {
        return {
            container(container) {
                const capabilities = container.securityContext.capabilities;
                const added = capabilities?.add;
                if (!Array.isArray(added))
                    return;
                added.forEach((item, index) => {
                    const capability = String(item).toUpperCase().replace(/^CAP_/, '');
                    if (!DANGEROUS.has(capability))
                        return;
                    context.report({
                        at: containerAt(container, ['securityContext', 'capabilities', 'add', index]),
                        messageId: 'added',
                        data: {
                            name: container.name,
                            capability: String(item),
                            why: capability === 'ALL' || capability === 'SYS_ADMIN'
                                ? 'that is as good as privileged; add the one narrow capability it needs.'
                                : 'it lets the process reach past its container (the Pod Security Standards forbid it); remove it or justify it.',
                        },
                    });
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/allow-privilege-escalation.ts


/* harmony default export */ const allow_privilege_escalation = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/allow-privilege-escalation',
        domain: 'kubernetes',
        description: 'Containers should set `allowPrivilegeEscalation: false`.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.0,
        messages: {
            allowed: 'Container "{{name}}" sets `allowPrivilegeEscalation: true`: a setuid binary in it can gain more privileges than its parent.',
            unset: 'Container "{{name}}" does not set `securityContext.allowPrivilegeEscalation: false`, so setuid binaries can raise its privileges.',
        },
        equivalents: {
            'kube-linter': ['privilege-escalation-container'],
            polaris: ['privilegeEscalationAllowed'],
            checkov: ['CKV_K8S_20'],
        },
    },
    create(context) {
        return {
            container(container) {
                if (isFragment(context, container.workload))
                    return;
                const value = container.securityContext.allowPrivilegeEscalation;
                if (value === false)
                    return;
                // Privileged containers are reported by k8s/privileged: escalation is the least of it.
                if (container.securityContext.privileged === true)
                    return;
                if (value === true) {
                    context.report({
                        at: containerAt(container, ['securityContext', 'allowPrivilegeEscalation']),
                        messageId: 'allowed',
                        severity: 'error',
                        data: { name: container.name },
                    });
                    return;
                }
                context.report({ at: containerName(container), messageId: 'unset', data: { name: container.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/anti-affinity.ts




const HOST = 'kubernetes.io/hostname';
const ZONE = 'topology.kubernetes.io/zone';
/** Whether a term (of podAntiAffinity or topologySpreadConstraints) spreads the workload's own pods. */
function spreadsOwnPods(workload, term, topologyKeys) {
    if (typeof term !== 'object' || term === null)
        return false;
    const { topologyKey, labelSelector: selector } = term;
    if (typeof topologyKey !== 'string' || !topologyKeys.includes(topologyKey))
        return false;
    const parsed = labelSelector(selector);
    return parsed !== undefined && matchesSelector(parsed, workload.pod.labels);
}
/* harmony default export */ const anti_affinity = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/anti-affinity',
        domain: 'kubernetes',
        description: 'A Deployment or StatefulSet with several replicas should spread them across nodes.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            missing: '{{kind}} {{name}} runs {{replicas}} replicas with no pod anti-affinity or topology spread over its own pods: they may all land on one node and fail together.',
        },
        equivalents: {
            'kube-score': ['deployment-has-host-podantiaffinity', 'statefulset-has-host-podantiaffinity'],
            'kube-linter': ['no-anti-affinity'],
        },
    },
    create(context) {
        return {
            workload(workload) {
                if (isFragment(context, workload))
                    return;
                if (workload.kind !== 'Deployment' && workload.kind !== 'StatefulSet')
                    return;
                const replicas = workload.replicas ?? 1;
                if (replicas < 2)
                    return;
                const pod = workload.pod.data;
                const anti = (pod.affinity ?? {}).podAntiAffinity ?? {};
                const required = anti.requiredDuringSchedulingIgnoredDuringExecution;
                const preferred = anti.preferredDuringSchedulingIgnoredDuringExecution;
                const keys = [HOST, ZONE];
                const spread = (Array.isArray(required) && required.some((term) => spreadsOwnPods(workload, term, keys))) ||
                    (Array.isArray(preferred) &&
                        preferred.some((weighted) => spreadsOwnPods(workload, weighted?.podAffinityTerm, keys))) ||
                    (Array.isArray(pod.topologySpreadConstraints) &&
                        pod.topologySpreadConstraints.some((constraint) => spreadsOwnPods(workload, constraint, keys)));
                if (spread)
                    return;
                context.report({
                    at: workload.at(['kind']),
                    messageId: 'missing',
                    data: { kind: workload.kind, name: workload.name, replicas },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/support/folder.ts
function emptyView() {
    return {
        objects: [],
        workloads: [],
        services: [],
        ingresses: [],
        autoscalers: [],
        disruptionBudgets: [],
        networkPolicies: [],
        configs: [],
    };
}
const folderOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const FOLDERS = Symbol('shipshape.k8s-folders');
/**
 * Every manifest file the run walks, gathered by folder: a Deployment in `deploy/app.yaml` and its
 * PodDisruptionBudget in `deploy/pdb.yaml` are one application. Relations are judged once every file is walked.
 */
class FolderIndex {
    models = new Set();
    views = new Map();
    add(model) {
        this.models.add(model);
    }
    settle() {
        for (const model of this.models) {
            const folder = folderOf(model.file.path);
            let view = this.views.get(folder);
            if (!view)
                this.views.set(folder, (view = emptyView()));
            view.objects.push(...model.objects);
            view.workloads.push(...model.workloads);
            view.services.push(...model.services);
            view.ingresses.push(...model.ingresses);
            view.autoscalers.push(...model.autoscalers);
            view.disruptionBudgets.push(...model.disruptionBudgets);
            view.networkPolicies.push(...model.networkPolicies);
            view.configs.push(...model.configs);
        }
        this.models.clear();
    }
    view(folder) {
        return this.views.get(folder) ?? emptyView();
    }
}
/**
 * Registers the file's objects with the run's folder index and calls `check` with the objects of the file's
 * folder once every file of the run has been walked.
 */
function inFolder(context, check) {
    const index = context.shared(FOLDERS, () => new FolderIndex());
    const { model } = context;
    index.add(model);
    const folder = folderOf(model.file.path);
    context.defer(() => check(index.view(folder)));
}
/**
 * The objects a relation is looked up in: the file's own when it defines any of that kind (a file that writes a
 * Deployment and its budget is taken as complete, and a budget of a sibling file must not hide a mismatch in it),
 * else those of the whole folder (a Deployment in `app.yaml`, its budget in `pdb.yaml`).
 */
function near(own, folder) {
    return own.length > 0 ? own : folder;
}
/** Two objects may live in one namespace: an unset namespace is the one they are applied to, so it matches any. */
function sameNamespace(a, b) {
    return a.namespace === undefined || b.namespace === undefined || a.namespace === b.namespace;
}

;// CONCATENATED MODULE: ./src/rules/kubernetes/automount-service-account-token.ts



/* harmony default export */ const automount_service_account_token = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/automount-service-account-token',
        domain: 'kubernetes',
        description: 'Pods should not mount a service account token unless they call the Kubernetes API.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        securitySeverity: 4.0,
        messages: {
            mounted: '{{kind}} {{name}} mounts a service account token: set `automountServiceAccountToken: false` on the pod (or its ServiceAccount) unless it calls the API.',
        },
        equivalents: { checkov: ['CKV_K8S_38'], polaris: ['automountServiceAccountToken'] },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    for (const workload of context.model.workloads) {
                        if (isFragment(context, workload))
                            continue;
                        const { pod } = workload;
                        if (pod.automountServiceAccountToken === false)
                            continue;
                        if (pod.automountServiceAccountToken === undefined) {
                            const accountName = pod.serviceAccountName ?? 'default';
                            const account = folder.objects.find((object) => object.kind === 'ServiceAccount' && object.name === accountName && sameNamespace(object, workload));
                            if (account?.data.automountServiceAccountToken === false)
                                continue;
                        }
                        context.report({
                            at: pod.automountServiceAccountToken === true
                                ? workload.at([...pod.path, 'automountServiceAccountToken'])
                                : workload.at(['kind']),
                            messageId: 'mounted',
                            data: { kind: workload.kind, name: workload.name },
                        });
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/cluster-admin-binding.ts

/* harmony default export */ const cluster_admin_binding = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/cluster-admin-binding',
        domain: 'kubernetes',
        description: 'Nothing should be bound to the `cluster-admin` role.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.5,
        messages: {
            bound: '{{kind}} {{name}} binds `cluster-admin` to {{subjects}}: full control of the cluster. Bind a role with the permissions it needs.',
        },
        equivalents: { 'kube-linter': ['cluster-admin-role-binding'], polaris: ['clusterrolebindingClusterAdmin'] },
    },
    create(context) {
        return {
            roleBinding(binding) {
                if (binding.roleRef?.kind !== 'ClusterRole' || binding.roleRef.name !== 'cluster-admin')
                    return;
                context.report({
                    at: binding.at(['roleRef', 'name']),
                    messageId: 'bound',
                    data: {
                        kind: binding.kind,
                        name: binding.name,
                        subjects: binding.subjects.map((subject) => `${subject.kind} ${subject.name}`).join(', ') || 'no subject yet',
                    },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/cpu-requests.ts


/* harmony default export */ const cpu_requests = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/cpu-requests',
        domain: 'kubernetes',
        description: 'Containers must request CPU (written, or taken from a CPU limit).',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missing: 'Container "{{name}}" requests no CPU: it is scheduled as if it needed none and is the first to starve under load. Set `resources.requests.cpu`.',
        },
        equivalents: {
            'kube-score': ['container-resources'],
            'kube-linter': ['unset-cpu-requirements'],
            polaris: ['cpuRequestsMissing'],
            checkov: ['CKV_K8S_10'],
        },
    },
    create(context) {
        return {
            container(container) {
                if (isFragment(context, container.workload))
                    return;
                if (!runsWithPod(container))
                    return;
                if (container.requests.cpu !== undefined || container.limits.cpu !== undefined)
                    return;
                context.report({ at: containerName(container), messageId: 'missing', data: { name: container.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/default-service-account.ts


/* harmony default export */ const default_service_account = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/default-service-account',
        domain: 'kubernetes',
        description: 'Workloads should run under a service account of their own, not the namespace’s `default`.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        securitySeverity: 3.0,
        messages: {
            defaulted: '{{kind}} {{name}} runs as the namespace’s `default` service account: any permission granted to it is shared by every pod that forgot to name one. Set `serviceAccountName`.',
        },
        equivalents: { 'kube-linter': ['default-service-account'] },
    },
    create(context) {
        return {
            workload(workload) {
                if (isFragment(context, workload))
                    return;
                const { pod } = workload;
                if (pod.serviceAccountName !== undefined && pod.serviceAccountName !== 'default')
                    return;
                // A pod with no token has nothing to share.
                if (pod.automountServiceAccountToken === false)
                    return;
                context.report({
                    at: pod.serviceAccountName === 'default'
                        ? workload.at([
                            ...pod.path,
                            pod.data.serviceAccountName !== undefined ? 'serviceAccountName' : 'serviceAccount',
                        ])
                        : workload.at(['kind']),
                    messageId: 'defaulted',
                    data: { kind: workload.kind, name: workload.name },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/deprecated-api-version.ts

/**
 * API versions Kubernetes removed, by `apiVersion kind`: the release that removed it and what replaces it.
 * https://kubernetes.io/docs/reference/using-api/deprecation-guide/
 */
const REMOVED = {
    'extensions/v1beta1 Deployment': ['1.16', 'apps/v1'],
    'apps/v1beta1 Deployment': ['1.16', 'apps/v1'],
    'apps/v1beta2 Deployment': ['1.16', 'apps/v1'],
    'extensions/v1beta1 DaemonSet': ['1.16', 'apps/v1'],
    'apps/v1beta2 DaemonSet': ['1.16', 'apps/v1'],
    'apps/v1beta1 StatefulSet': ['1.16', 'apps/v1'],
    'apps/v1beta2 StatefulSet': ['1.16', 'apps/v1'],
    'extensions/v1beta1 ReplicaSet': ['1.16', 'apps/v1'],
    'apps/v1beta2 ReplicaSet': ['1.16', 'apps/v1'],
    'extensions/v1beta1 NetworkPolicy': ['1.16', 'networking.k8s.io/v1'],
    'extensions/v1beta1 PodSecurityPolicy': ['1.16', 'policy/v1beta1 (itself removed in 1.25)'],
    'extensions/v1beta1 Ingress': ['1.22', 'networking.k8s.io/v1'],
    'networking.k8s.io/v1beta1 Ingress': ['1.22', 'networking.k8s.io/v1'],
    'networking.k8s.io/v1beta1 IngressClass': ['1.22', 'networking.k8s.io/v1'],
    'rbac.authorization.k8s.io/v1beta1 ClusterRole': ['1.22', 'rbac.authorization.k8s.io/v1'],
    'rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding': ['1.22', 'rbac.authorization.k8s.io/v1'],
    'rbac.authorization.k8s.io/v1beta1 Role': ['1.22', 'rbac.authorization.k8s.io/v1'],
    'rbac.authorization.k8s.io/v1beta1 RoleBinding': ['1.22', 'rbac.authorization.k8s.io/v1'],
    'scheduling.k8s.io/v1beta1 PriorityClass': ['1.22', 'scheduling.k8s.io/v1'],
    'storage.k8s.io/v1beta1 StorageClass': ['1.22', 'storage.k8s.io/v1'],
    'apiextensions.k8s.io/v1beta1 CustomResourceDefinition': ['1.22', 'apiextensions.k8s.io/v1'],
    'admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration': ['1.22', 'admissionregistration.k8s.io/v1'],
    'admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration': ['1.22', 'admissionregistration.k8s.io/v1'],
    'batch/v1beta1 CronJob': ['1.25', 'batch/v1'],
    'policy/v1beta1 PodDisruptionBudget': ['1.25', 'policy/v1'],
    'policy/v1beta1 PodSecurityPolicy': ['1.25', 'Pod Security Admission'],
    'autoscaling/v2beta1 HorizontalPodAutoscaler': ['1.25', 'autoscaling/v2'],
    'discovery.k8s.io/v1beta1 EndpointSlice': ['1.25', 'discovery.k8s.io/v1'],
    'events.k8s.io/v1beta1 Event': ['1.25', 'events.k8s.io/v1'],
    'autoscaling/v2beta2 HorizontalPodAutoscaler': ['1.26', 'autoscaling/v2'],
    'storage.k8s.io/v1beta1 CSIStorageCapacity': ['1.27', 'storage.k8s.io/v1'],
    'flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema': ['1.26', 'flowcontrol.apiserver.k8s.io/v1'],
    'flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema': ['1.29', 'flowcontrol.apiserver.k8s.io/v1'],
    'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema': ['1.32', 'flowcontrol.apiserver.k8s.io/v1'],
};
/* harmony default export */ const deprecated_api_version = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/deprecated-api-version',
        domain: 'kubernetes',
        description: 'Objects must use an API version that current Kubernetes still serves.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            removed: '{{kind}} {{name}} uses `{{apiVersion}}`, removed in Kubernetes {{removedIn}}: the API server rejects it. Use {{replacement}}.',
        },
        equivalents: {
            'kube-score': ['stable-version'],
            'kube-linter': ['no-extensions-v1beta'],
            polaris: ['deprecatedApiVersion'],
        },
    },
    create(context) {
        return {
            object(object) {
                const removed = REMOVED[`${object.apiVersion} ${object.kind}`];
                if (!removed)
                    return;
                context.report({
                    at: object.at(['apiVersion']),
                    messageId: 'removed',
                    data: {
                        kind: object.kind,
                        name: object.name,
                        apiVersion: object.apiVersion,
                        removedIn: removed[0],
                        replacement: `\`${removed[1]}\``.replace(/`([^`]*) \((.*)\)`/, '`$1` ($2)'),
                    },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/drop-capabilities.ts


/* harmony default export */ const drop_capabilities = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/drop-capabilities',
        domain: 'kubernetes',
        description: 'Containers should drop all capabilities (or at least NET_RAW) and add back only what they need.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        securitySeverity: 3.0,
        messages: {
            keep: 'Container "{{name}}" keeps the runtime’s default capabilities, NET_RAW among them (packet spoofing on the pod network): add `securityContext.capabilities.drop: [ALL]`.',
        },
        equivalents: {
            'kube-linter': ['drop-net-raw-capability'],
            checkov: ['CKV_K8S_28', 'CKV_K8S_37'],
        },
    },
    create(context) {
        return {
            container(container) {
                if (isFragment(context, container.workload))
                    return;
                if (container.securityContext.privileged === true)
                    return;
                const capabilities = container.securityContext.capabilities;
                const dropped = Array.isArray(capabilities?.drop)
                    ? capabilities.drop.map((item) => String(item).toUpperCase().replace(/^CAP_/, ''))
                    : [];
                if (dropped.includes('ALL') || dropped.includes('NET_RAW'))
                    return;
                context.report({
                    at: capabilities?.drop !== undefined
                        ? containerAt(container, ['securityContext', 'capabilities', 'drop'])
                        : containerName(container),
                    messageId: 'keep',
                    data: { name: container.name },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/env-reference-missing.ts



/* harmony default export */ const env_reference_missing = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/env-reference-missing',
        domain: 'kubernetes',
        description: 'An env variable taken from a ConfigMap or Secret defined beside it must name a key it has.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            missingKey: 'Container "{{name}}" reads key `{{key}}` of {{kind}} `{{object}}`, which has no such key: the pod will not start.',
        },
        equivalents: { 'kube-linter': ['env-value-from'] },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    for (const workload of context.model.workloads) {
                        for (const container of [...workload.pod.initContainers, ...workload.pod.containers]) {
                            for (const variable of container.env) {
                                for (const [kind, ref, field] of [
                                    ['Secret', variable.secretKeyRef, 'secretKeyRef'],
                                    ['ConfigMap', variable.configMapKeyRef, 'configMapKeyRef'],
                                ]) {
                                    if (!ref || ref.optional)
                                        continue;
                                    // Only objects defined here can be judged: a Secret from a secret store is not in the repository.
                                    const object = near(context.model.configs, folder.configs).find((config) => config.kind === kind && config.name === ref.name && sameNamespace(config, workload));
                                    if (!object || object.keys.includes(ref.key))
                                        continue;
                                    context.report({
                                        at: containerAt(container, [
                                            ...variable.path.slice(container.path.length),
                                            'valueFrom',
                                            field,
                                            'key',
                                        ]),
                                        messageId: 'missingKey',
                                        data: { name: container.name, key: ref.key, kind, object: ref.name },
                                    });
                                }
                            }
                        }
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/ephemeral-storage-limits.ts


/* harmony default export */ const ephemeral_storage_limits = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/ephemeral-storage-limits',
        domain: 'kubernetes',
        description: 'Containers should set an ephemeral-storage limit.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            missing: 'Container "{{name}}" sets no ephemeral-storage limit: logs and scratch files can fill the node’s disk and get every pod on it evicted.',
        },
        equivalents: { 'kube-score': ['container-ephemeral-storage-request-and-limit'] },
    },
    create(context) {
        return {
            container(container) {
                if (isFragment(context, container.workload))
                    return;
                if (!runsWithPod(container) || container.limits['ephemeral-storage'] !== undefined)
                    return;
                context.report({ at: containerName(container), messageId: 'missing', data: { name: container.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/host-namespaces.ts

const FIELDS = ['hostNetwork', 'hostPID', 'hostIPC'];
/* harmony default export */ const host_namespaces = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/host-namespaces',
        domain: 'kubernetes',
        description: "Pods must not share the node's network, process or IPC namespace.",
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.0,
        messages: {
            shared: '{{kind}} {{name}} sets `{{field}}: true`: its containers see the node’s {{what}}. Only node agents need this.',
        },
        equivalents: {
            'kube-linter': ['host-network', 'host-pid', 'host-ipc'],
            polaris: ['hostNetworkSet', 'hostPIDSet', 'hostIPCSet'],
            checkov: ['CKV_K8S_19', 'CKV_K8S_17', 'CKV_K8S_18'],
        },
    },
    create(context) {
        const what = { hostNetwork: 'network interfaces', hostPID: 'processes', hostIPC: 'shared memory' };
        return {
            workload(workload) {
                for (const field of FIELDS) {
                    if (!workload.pod[field])
                        continue;
                    context.report({
                        at: workload.at([...workload.pod.path, field]),
                        messageId: 'shared',
                        data: { kind: workload.kind, name: workload.name, field, what: what[field] },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/host-port.ts


/* harmony default export */ const host_port = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/host-port',
        domain: 'kubernetes',
        description: 'Containers should not bind ports of the node (`hostPort`).',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            hostPort: 'Container "{{name}}" binds port {{port}} of the node: it bypasses NetworkPolicies on some networks and limits the workload to one pod per node. Use a Service.',
        },
        equivalents: { polaris: ['hostPortSet'], checkov: ['CKV_K8S_26'] },
    },
    create(context) {
        return {
            container(container) {
                for (const port of container.ports) {
                    if (!port.hostPort)
                        continue;
                    context.report({
                        at: containerAt(container, [...port.path.slice(container.path.length), 'hostPort']),
                        messageId: 'hostPort',
                        data: { name: container.name, port: port.hostPort },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/hpa-fixed-replicas.ts


/* harmony default export */ const hpa_fixed_replicas = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/hpa-fixed-replicas',
        domain: 'kubernetes',
        description: 'A workload scaled by a HorizontalPodAutoscaler should not set `replicas` itself.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            fixed: '{{kind}} {{name}} sets `replicas: {{replicas}}` and is scaled by HorizontalPodAutoscaler {{hpa}}: every apply resets it to {{replicas}} pods, then the autoscaler scales again. Remove `replicas`.',
        },
        equivalents: { 'kube-score': ['deployment-targeted-by-hpa-does-not-have-replicas-configured'] },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    for (const workload of context.model.workloads) {
                        if (workload.replicas === undefined)
                            continue;
                        const hpa = near(context.model.autoscalers, folder.autoscalers).find((candidate) => candidate.target?.kind === workload.kind &&
                            candidate.target.name === workload.name &&
                            sameNamespace(candidate, workload));
                        if (!hpa)
                            continue;
                        context.report({
                            at: workload.at([...workload.specPath, 'replicas']),
                            messageId: 'fixed',
                            data: { kind: workload.kind, name: workload.name, replicas: workload.replicas, hpa: hpa.name },
                        });
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/hpa-replicas.ts

/* harmony default export */ const hpa_replicas = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/hpa-replicas',
        domain: 'kubernetes',
        description: 'A HorizontalPodAutoscaler’s `minReplicas` must be below `maxReplicas`.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            inverted: 'HorizontalPodAutoscaler {{name}} has minReplicas {{min}} above maxReplicas {{max}}: the API server rejects it.',
            fixed: 'HorizontalPodAutoscaler {{name}} has minReplicas = maxReplicas = {{max}}: it can never scale. Remove it or widen the range.',
        },
        equivalents: { 'kube-score': ['horizontalpodautoscaler-replicas'] },
    },
    create(context) {
        return {
            autoscaler(hpa) {
                const max = hpa.maxReplicas;
                if (max === undefined)
                    return;
                const min = hpa.minReplicas ?? 1;
                if (min < max)
                    return;
                context.report({
                    at: hpa.at(['spec', hpa.minReplicas !== undefined ? 'minReplicas' : 'maxReplicas']),
                    messageId: min > max ? 'inverted' : 'fixed',
                    severity: min > max ? 'error' : undefined,
                    data: { name: hpa.name, min, max },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/hpa-target-missing.ts


const SCALABLE = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
/* harmony default export */ const hpa_target_missing = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/hpa-target-missing',
        domain: 'kubernetes',
        description: 'A HorizontalPodAutoscaler should scale a workload defined beside it.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missing: 'HorizontalPodAutoscaler {{name}} scales {{target}}, which is not defined in this folder: check the kind and name.',
            noTarget: 'HorizontalPodAutoscaler {{name}} has no `scaleTargetRef`: the API server rejects it.',
        },
        equivalents: {
            'kube-score': ['horizontalpodautoscaler-has-target'],
            'kube-linter': ['dangling-horizontalpodautoscaler'],
        },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    for (const hpa of context.model.autoscalers) {
                        const { target } = hpa;
                        if (!target) {
                            context.report({ at: hpa.at(['spec'], { key: true }), messageId: 'noTarget', data: { name: hpa.name } });
                            continue;
                        }
                        // Custom resources with a scale subresource (Argo Rollouts, …) cannot be judged here.
                        if (!SCALABLE.has(target.kind))
                            continue;
                        // No workload here at all: it is defined elsewhere.
                        const workloads = near(context.model.workloads, folder.workloads);
                        if (workloads.length === 0)
                            continue;
                        const found = workloads.some((workload) => workload.kind === target.kind && workload.name === target.name && sameNamespace(workload, hpa));
                        if (!found)
                            context.report({
                                at: hpa.at(['spec', 'scaleTargetRef', 'name']),
                                messageId: 'missing',
                                data: { name: hpa.name, target: `${target.kind} ${target.name}` },
                            });
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/identical-probes.ts


/** The handler part of a probe (what is checked), without timing fields. */
function handlerOf(data) {
    for (const key of ['httpGet', 'tcpSocket', 'grpc', 'exec'])
        if (data[key] !== undefined)
            return `${key}:${JSON.stringify(data[key])}`;
    return undefined;
}
/* harmony default export */ const identical_probes = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/identical-probes',
        domain: 'kubernetes',
        description: 'A container’s liveness and readiness probes should not check the same thing.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            identical: 'Container "{{name}}" has a livenessProbe that checks what its readinessProbe checks: when a dependency is slow, the pod is restarted instead of taken out of rotation, which can cascade.',
        },
        equivalents: { 'kube-score': ['pod-probes-identical'] },
    },
    create(context) {
        return {
            container(container) {
                const { livenessProbe, readinessProbe } = container;
                if (!livenessProbe || !readinessProbe)
                    return;
                const handler = handlerOf(livenessProbe.data);
                if (!handler || handler !== handlerOf(readinessProbe.data))
                    return;
                context.report({
                    at: containerAt(container, ['livenessProbe'], { key: true }),
                    messageId: 'identical',
                    data: { name: container.name },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/image-tag.ts


/** The tag of an image reference (`repo:tag`, `host:5000/repo:tag@sha256:…`), '' when none; undefined for a digest. */
function imageTag(image) {
    if (image.includes('@'))
        return undefined;
    const lastSlash = image.lastIndexOf('/');
    const colon = image.indexOf(':', lastSlash + 1);
    return colon < 0 ? '' : image.slice(colon + 1);
}
/* harmony default export */ const image_tag = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/image-tag',
        domain: 'kubernetes',
        description: 'Container images must name a version tag or a digest, not `latest` or no tag.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            latest: 'Container "{{name}}" runs `{{image}}`: `latest` moves; pin a version tag or a digest.',
            untagged: 'Container "{{name}}" runs `{{image}}` without a tag, which means `latest`: pin a version tag or a digest.',
        },
        equivalents: {
            'kube-score': ['container-image-tag'],
            'kube-linter': ['latest-tag'],
            polaris: ['tagNotSpecified'],
            checkov: ['CKV_K8S_14'],
        },
    },
    create(context) {
        return {
            container(container) {
                // An image set by a templating step (`${IMAGE}`, `{{ .Values.image }}`) is not known here.
                if (!container.image || /[${]/.test(container.image))
                    return;
                const tag = imageTag(container.image);
                if (tag === undefined || (tag !== '' && tag !== 'latest'))
                    return;
                context.report({
                    at: containerAt(container, ['image']),
                    messageId: tag === '' ? 'untagged' : 'latest',
                    data: { name: container.name, image: container.image },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/image-pull-policy.ts



/* harmony default export */ const image_pull_policy = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/image-pull-policy',
        domain: 'kubernetes',
        description: 'A container whose image is a tag, not a digest, should be pulled with `imagePullPolicy: Always`.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            stale: 'Container "{{name}}" runs tag `{{image}}` with pull policy {{policy}}: a node that has an older image under that tag runs it. Pin a digest, or set `imagePullPolicy: Always`.',
        },
        equivalents: {
            'kube-score': ['container-image-pull-policy'],
            polaris: ['pullPolicyNotAlways'],
            checkov: ['CKV_K8S_15'],
        },
    },
    create(context) {
        return {
            container(container) {
                if (!container.image || /[${]/.test(container.image))
                    return;
                const tag = imageTag(container.image);
                // A digest cannot move; no tag and `latest` default to Always (and are k8s/image-tag's finding).
                if (tag === undefined)
                    return;
                const policy = container.imagePullPolicy ?? (tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent');
                if (policy === 'Always')
                    return;
                context.report({
                    at: container.imagePullPolicy ? containerAt(container, ['imagePullPolicy']) : containerName(container),
                    messageId: 'stale',
                    data: {
                        name: container.name,
                        image: container.image,
                        policy: container.imagePullPolicy ? `\`${policy}\`` : `\`${policy}\` (the default for a tag)`,
                    },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/ingress-missing-service.ts


/* harmony default export */ const ingress_missing_service = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/ingress-missing-service',
        domain: 'kubernetes',
        description: 'An Ingress backend should name a Service (and a port of it) defined beside it.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missing: 'Ingress {{name}} routes to Service `{{service}}`, which is not defined in this folder: requests get 503.',
            legacy: 'Ingress {{name}} is `networking.k8s.io/v1` but names its backend with `serviceName`/`servicePort`, fields of the removed v1beta1 API: write `service: {name: {{service}}, port: …}`.',
            port: 'Ingress {{name}} routes to port `{{port}}` of Service `{{service}}`, which has no such port.',
        },
        equivalents: { 'kube-score': ['ingress-targets-service'], 'kube-linter': ['dangling-ingress'] },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    const services = near(context.model.services, folder.services);
                    for (const ingress of context.model.ingresses) {
                        for (const backend of ingress.backends) {
                            if (backend.legacyFields) {
                                context.report({
                                    at: ingress.at(backend.path, { key: true }),
                                    messageId: 'legacy',
                                    severity: 'error',
                                    data: { name: ingress.name, service: backend.serviceName },
                                });
                                continue;
                            }
                            // No Service here at all: the application is defined elsewhere.
                            if (services.length === 0)
                                continue;
                            const service = services.find((candidate) => candidate.name === backend.serviceName && sameNamespace(candidate, ingress));
                            if (!service) {
                                context.report({
                                    at: ingress.at(backend.path),
                                    messageId: 'missing',
                                    data: { name: ingress.name, service: backend.serviceName },
                                });
                                continue;
                            }
                            const { port } = backend;
                            if (port === undefined || service.ports.length === 0)
                                continue;
                            const known = service.ports.some((candidate) => typeof port === 'number' ? candidate.port === port : candidate.name === port);
                            if (!known)
                                context.report({
                                    at: ingress.at(backend.path),
                                    messageId: 'port',
                                    data: { name: ingress.name, service: backend.serviceName, port },
                                });
                        }
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/invalid-topology-spread.ts

/* harmony default export */ const invalid_topology_spread = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/invalid-topology-spread',
        domain: 'kubernetes',
        description: 'Topology spread constraints need a topologyKey, a labelSelector and a valid whenUnsatisfiable.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            noSelector: 'This topology spread constraint has no `labelSelector`: it counts no pods, so it spreads nothing.',
            whenUnsatisfiable: '`whenUnsatisfiable: {{value}}` is not one of DoNotSchedule, ScheduleAnyway: the API server rejects it.',
            noKey: 'This topology spread constraint has no `topologyKey`: the API server rejects it.',
        },
        equivalents: { 'kube-score': ['pod-topology-spread-constraints'] },
    },
    create(context) {
        return {
            workload(workload) {
                const constraints = workload.pod.data.topologySpreadConstraints;
                if (!Array.isArray(constraints))
                    return;
                constraints.forEach((constraint, index) => {
                    if (typeof constraint !== 'object' || constraint === null)
                        return;
                    const { labelSelector, whenUnsatisfiable, topologyKey } = constraint;
                    const path = [...workload.pod.path, 'topologySpreadConstraints', index];
                    if (typeof topologyKey !== 'string' || topologyKey === '')
                        context.report({ at: workload.at(path), messageId: 'noKey' });
                    if (whenUnsatisfiable !== undefined &&
                        whenUnsatisfiable !== 'DoNotSchedule' &&
                        whenUnsatisfiable !== 'ScheduleAnyway')
                        context.report({
                            at: workload.at([...path, 'whenUnsatisfiable']),
                            messageId: 'whenUnsatisfiable',
                            data: { value: String(whenUnsatisfiable) },
                        });
                    if (labelSelector === undefined)
                        context.report({ at: workload.at(path), messageId: 'noSelector', severity: 'warning' });
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/job-ttl.ts


/* harmony default export */ const job_ttl = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/job-ttl',
        domain: 'kubernetes',
        description: 'A standalone Job should set `ttlSecondsAfterFinished` so finished Jobs are cleaned up.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            missing: 'Job {{name}} sets no `ttlSecondsAfterFinished`: the finished Job and its pods stay until someone deletes them.',
            cronJob: 'CronJob {{name}} sets `ttlSecondsAfterFinished` on its jobs: it races with `successfulJobsHistoryLimit`/`failedJobsHistoryLimit`; keep one of the two mechanisms.',
        },
        equivalents: { 'kube-linter': ['job-ttl-seconds-after-finished'] },
    },
    create(context) {
        return {
            workload(workload) {
                if (isFragment(context, workload))
                    return;
                const spec = (workload.kind === 'Job' || workload.kind === 'CronJob') && workload.data.spec;
                if (!spec)
                    return;
                if (workload.kind === 'Job') {
                    if (spec.ttlSecondsAfterFinished === undefined)
                        context.report({ at: workload.at(['kind']), messageId: 'missing', data: { name: workload.name } });
                    return;
                }
                const jobSpec = spec.jobTemplate?.spec;
                if (jobSpec?.ttlSecondsAfterFinished !== undefined)
                    context.report({
                        at: workload.at(['spec', 'jobTemplate', 'spec', 'ttlSecondsAfterFinished']),
                        messageId: 'cronJob',
                        data: { name: workload.name },
                    });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/kustomize-missing-resource.ts

/** `a/./b/../c` → `a/c`; undefined when it climbs out of the repository. */
function join(folder, relative) {
    const parts = folder ? folder.split('/') : [];
    for (const part of relative.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
/* harmony default export */ const kustomize_missing_resource = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/kustomize-missing-resource',
        domain: 'kubernetes',
        description: 'Every local `resources:` entry of a kustomization.yaml must exist.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            missing: '`{{resource}}` does not exist: `kustomize build` fails.',
        },
    },
    create(context) {
        return {
            kustomization(kustomization) {
                const folder = kustomization.folder;
                for (const resource of kustomization.resources) {
                    const path = join(folder, resource.value);
                    if (path === undefined)
                        continue; // outside the repository: not ours to read
                    // A folder is a kustomization of its own.
                    const exists = context.fileExists(path) ||
                        ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some((name) => context.fileExists(path ? `${path}/${name}` : name));
                    if (!exists)
                        context.report({
                            at: kustomization.at(resource.path),
                            messageId: 'missing',
                            data: { resource: resource.value },
                        });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/liveness-probe.ts


/* harmony default export */ const liveness_probe = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/liveness-probe',
        domain: 'kubernetes',
        description: 'Containers of long-running workloads should have a liveness probe.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            missing: 'Container "{{name}}" has no livenessProbe: a process that hangs without exiting is never restarted.',
        },
        equivalents: { 'kube-linter': ['no-liveness-probe'], polaris: ['livenessProbeMissing'], checkov: ['CKV_K8S_8'] },
    },
    create(context) {
        return {
            container(container) {
                if (isFragment(context, container.workload))
                    return;
                if (container.type !== 'container' || !isLongRunning(container.workload))
                    return;
                if (container.livenessProbe)
                    return;
                context.report({ at: containerName(container), messageId: 'missing', data: { name: container.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/memory-requests-limits.ts


/* harmony default export */ const memory_requests_limits = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/memory-requests-limits',
        domain: 'kubernetes',
        description: 'Containers must set a memory limit, and a memory request (written or taken from the limit).',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            none: 'Container "{{name}}" sets no memory request or limit: the scheduler places it blind and it may use the node’s memory until others are killed.',
            noLimit: 'Container "{{name}}" requests memory but sets no limit: a leak grows until the node runs out and evicts its neighbours.',
        },
        equivalents: {
            'kube-score': ['container-resources'],
            'kube-linter': ['unset-memory-requirements'],
            polaris: ['memoryRequestsMissing', 'memoryLimitsMissing'],
            checkov: ['CKV_K8S_12', 'CKV_K8S_13'],
        },
    },
    create(context) {
        return {
            container(container) {
                if (isFragment(context, container.workload))
                    return;
                if (!runsWithPod(container))
                    return;
                // A missing request defaults to the limit, so a limit alone is enough.
                if (container.limits.memory !== undefined)
                    return;
                const requested = container.requests.memory !== undefined;
                context.report({
                    at: requested ? containerAt(container, ['resources', 'requests', 'memory']) : containerName(container),
                    messageId: requested ? 'noLimit' : 'none',
                    data: { name: container.name },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/missing-pdb.ts




/* harmony default export */ const missing_pdb = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/missing-pdb',
        domain: 'kubernetes',
        description: 'A replicated Deployment or StatefulSet should be covered by a PodDisruptionBudget.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missing: '{{kind}} {{name}} has no PodDisruptionBudget in this folder selecting its pods: a node drain may evict every replica at once.',
        },
        equivalents: {
            'kube-score': ['deployment-has-poddisruptionbudget', 'statefulset-has-poddisruptionbudget'],
            polaris: ['missingPodDisruptionBudget'],
        },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    for (const workload of context.model.workloads) {
                        if (isFragment(context, workload))
                            continue;
                        if (workload.kind !== 'Deployment' && workload.kind !== 'StatefulSet')
                            continue;
                        // `replicas: 1` written out is a singleton by choice; a budget for it could only block drains.
                        if (!isReplicated(workload) || (workload.replicas !== undefined && workload.replicas <= 1))
                            continue;
                        const covered = near(context.model.disruptionBudgets, folder.disruptionBudgets).some((budget) => budget.selector !== undefined &&
                            sameNamespace(budget, workload) &&
                            matchesSelector(budget.selector, workload.pod.labels));
                        if (!covered)
                            context.report({
                                at: workload.at(['kind']),
                                messageId: 'missing',
                                data: { kind: workload.kind, name: workload.name },
                            });
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/network-policy-coverage.ts




/* harmony default export */ const network_policy_coverage = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/network-policy-coverage',
        domain: 'kubernetes',
        description: 'The pods of a workload should be selected by NetworkPolicies for both ingress and egress.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: false,
        securitySeverity: 4.0,
        messages: {
            none: '{{kind}} {{name}}: no NetworkPolicy in this folder selects its pods, so any pod of the cluster can reach them and they can reach anything.',
            partial: '{{kind}} {{name}}: the NetworkPolicies selecting its pods restrict {{covered}} only; add a policy for {{missing}}.',
        },
        equivalents: { 'kube-score': ['pod-networkpolicy'], 'kube-linter': ['non-isolated-pod'] },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    for (const workload of context.model.workloads) {
                        if (isFragment(context, workload))
                            continue;
                        if (!isLongRunning(workload))
                            continue;
                        const types = new Set();
                        for (const policy of near(context.model.networkPolicies, folder.networkPolicies)) {
                            if (sameNamespace(policy, workload) && matchesSelector(policy.podSelector, workload.pod.labels))
                                for (const type of policy.policyTypes)
                                    types.add(type);
                        }
                        if (types.has('Ingress') && types.has('Egress'))
                            continue;
                        const data = { kind: workload.kind, name: workload.name };
                        if (types.size === 0)
                            context.report({ at: workload.at(['kind']), messageId: 'none', data });
                        else
                            context.report({
                                at: workload.at(['kind']),
                                messageId: 'partial',
                                data: {
                                    ...data,
                                    covered: [...types].join(' and '),
                                    missing: types.has('Ingress') ? 'Egress' : 'Ingress',
                                },
                            });
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/network-policy-selects-nothing.ts



/* harmony default export */ const network_policy_selects_nothing = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/network-policy-selects-nothing',
        domain: 'kubernetes',
        description: 'A NetworkPolicy’s pod selectors should match the pods of a workload defined beside it.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            target: 'NetworkPolicy {{name}} selects no pod template of this folder: it protects nothing.',
            peer: 'NetworkPolicy {{name}} allows traffic {{direction}} pods that no pod template of this folder carries: the rule matches nothing.',
        },
        equivalents: {
            'kube-score': ['networkpolicy-targets-pod'],
            'kube-linter': ['dangling-networkpolicy', 'dangling-networkpolicypeer-podselector'],
        },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    // No workload here at all: the pods are defined elsewhere.
                    const workloads = near(context.model.workloads, folder.workloads);
                    if (workloads.length === 0)
                        return;
                    for (const policy of context.model.networkPolicies) {
                        const selects = (selector) => workloads.some((workload) => sameNamespace(workload, policy) && matchesSelector(selector, workload.pod.labels));
                        if (selectsAnything(policy.podSelector) && !selects(policy.podSelector))
                            context.report({
                                at: policy.at(['spec', 'podSelector']),
                                messageId: 'target',
                                data: { name: policy.name },
                            });
                        for (const peer of policy.peerSelectors) {
                            if (!selectsAnything(peer.selector) || selects(peer.selector))
                                continue;
                            context.report({
                                at: policy.at(peer.path),
                                messageId: 'peer',
                                data: { name: policy.name, direction: peer.path[1] === 'ingress' ? 'from' : 'to' },
                            });
                        }
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/pdb-blocks-eviction.ts



/* harmony default export */ const pdb_blocks_eviction = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/pdb-blocks-eviction',
        domain: 'kubernetes',
        description: 'A PodDisruptionBudget must allow at least one pod to be evicted.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            maxZero: 'PodDisruptionBudget {{name}} sets `maxUnavailable: {{value}}`: no pod may ever be evicted, so every node drain hangs.',
            minAll: 'PodDisruptionBudget {{name}} sets `minAvailable: {{value}}`: no pod may ever be evicted, so every node drain hangs.',
            minReplicas: 'PodDisruptionBudget {{name}} requires {{value}} available pods, and {{workload}} runs {{replicas}}: no pod may be evicted, so every node drain hangs.',
        },
        equivalents: { 'kube-linter': ['pdb-max-unavailable', 'pdb-min-available'] },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    for (const budget of context.model.disruptionBudgets) {
                        const { maxUnavailable, minAvailable } = budget;
                        if (maxUnavailable === 0 || maxUnavailable === '0%' || maxUnavailable === '0') {
                            context.report({
                                at: budget.at(['spec', 'maxUnavailable']),
                                messageId: 'maxZero',
                                data: { name: budget.name, value: String(maxUnavailable) },
                            });
                        }
                        else if (minAvailable === '100%') {
                            context.report({
                                at: budget.at(['spec', 'minAvailable']),
                                messageId: 'minAll',
                                data: { name: budget.name, value: minAvailable },
                            });
                        }
                        else if (typeof minAvailable === 'number' && budget.selector) {
                            const selector = budget.selector;
                            const workload = near(context.model.workloads, folder.workloads).find((candidate) => candidate.replicas !== undefined &&
                                sameNamespace(candidate, budget) &&
                                matchesSelector(selector, candidate.pod.labels));
                            if (workload && minAvailable >= workload.replicas)
                                context.report({
                                    at: budget.at(['spec', 'minAvailable']),
                                    messageId: 'minReplicas',
                                    data: {
                                        name: budget.name,
                                        value: minAvailable,
                                        workload: `${workload.kind} ${workload.name}`,
                                        replicas: workload.replicas,
                                    },
                                });
                        }
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/pdb-unhealthy-eviction-policy.ts

/* harmony default export */ const pdb_unhealthy_eviction_policy = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/pdb-unhealthy-eviction-policy',
        domain: 'kubernetes',
        description: 'A PodDisruptionBudget should set `unhealthyPodEvictionPolicy: AlwaysAllow`.',
        category: 'best-practice',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            unset: 'PodDisruptionBudget {{name}} does not set `unhealthyPodEvictionPolicy`: with the default (IfHealthyBudget) a crash-looping pod can block a node drain. Set `AlwaysAllow`.',
        },
        equivalents: { 'kube-linter': ['pdb-unhealthy-pod-eviction-policy'] },
    },
    create(context) {
        return {
            disruptionBudget(budget) {
                if (budget.unhealthyPodEvictionPolicy !== undefined)
                    return;
                context.report({ at: budget.at(['spec'], { key: true }), messageId: 'unset', data: { name: budget.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/pdb-without-policy.ts

/* harmony default export */ const pdb_without_policy = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/pdb-without-policy',
        domain: 'kubernetes',
        description: 'A PodDisruptionBudget must set `minAvailable` or `maxUnavailable`.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            none: 'PodDisruptionBudget {{name}} sets neither `minAvailable` nor `maxUnavailable`: it protects nothing (policy/v1 treats it as allowing no disruption only for some controllers). Set one.',
            both: 'PodDisruptionBudget {{name}} sets both `minAvailable` and `maxUnavailable`: the API server rejects it. Keep one.',
        },
        equivalents: { 'kube-score': ['poddisruptionbudget-has-policy'] },
    },
    create(context) {
        return {
            disruptionBudget(budget) {
                const hasMin = budget.minAvailable !== undefined;
                const hasMax = budget.maxUnavailable !== undefined;
                if (hasMin !== hasMax)
                    return;
                context.report({
                    at: budget.at(hasMin ? ['spec', 'maxUnavailable'] : ['spec'], { key: hasMin }),
                    messageId: hasMin ? 'both' : 'none',
                    severity: hasMin ? 'error' : undefined,
                    data: { name: budget.name },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/privileged.ts


/* harmony default export */ const privileged = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/privileged',
        domain: 'kubernetes',
        description: 'Containers must not run privileged.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 9.0,
        messages: {
            privileged: 'Container "{{name}}" runs privileged: it has every capability and every host device, so escaping to the node is one step. Grant the single capability it needs instead.',
        },
        equivalents: {
            'kube-score': ['container-security-context-privileged'],
            'kube-linter': ['privileged-container'],
            polaris: ['privilegeEscalationAllowed', 'runAsPrivileged'],
            checkov: ['CKV_K8S_16'],
        },
    },
    create(context) {
        return {
            container(container) {
                if (container.securityContext.privileged === true)
                    context.report({
                        at: containerAt(container, ['securityContext', 'privileged']),
                        messageId: 'privileged',
                        data: { name: container.name },
                    });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/probe-port-not-exposed.ts


/* harmony default export */ const probe_port_not_exposed = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/probe-port-not-exposed',
        domain: 'kubernetes',
        description: 'A probe that names a port must name one the container declares.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            unknownName: 'The {{probe}} of container "{{name}}" checks port `{{port}}`, which no `ports[].name` of the container declares: the pod is rejected.',
            undeclared: 'The {{probe}} of container "{{name}}" checks port {{port}}, which the container does not declare in `ports`: check the probe targets the port the server listens on.',
        },
        equivalents: { 'kube-linter': ['liveness-port', 'readiness-port', 'startup-port'] },
    },
    create(context) {
        return {
            container(container) {
                for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
                    if (!probe || probe.port === undefined)
                        continue;
                    const kind = String(probe.path[probe.path.length - 1]);
                    const port = probe.port;
                    const at = containerAt(container, [...probe.path.slice(container.path.length), probe.handler, 'port']);
                    if (typeof port === 'string' && !/^\d+$/.test(port)) {
                        if (!container.ports.some((declared) => declared.name === port))
                            context.report({ at, messageId: 'unknownName', data: { probe: kind, name: container.name, port } });
                    }
                    else if (
                    // A number is judged only against a container that declares ports: many declare none at all.
                    container.ports.length > 0 &&
                        !container.ports.some((declared) => declared.containerPort === Number(port))) {
                        context.report({
                            at,
                            messageId: 'undeclared',
                            severity: 'warning',
                            data: { probe: kind, name: container.name, port },
                        });
                    }
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/rbac-escalation.ts

const covers = (list, value) => list.includes('*') || list.includes(value);
/** What a rule grants that leads to more than it says: running pods, reading secrets, granting roles. */
function escalation(rule) {
    const core = covers(rule.apiGroups, '');
    const rbac = covers(rule.apiGroups, 'rbac.authorization.k8s.io');
    const workloads = core || covers(rule.apiGroups, 'apps') || covers(rule.apiGroups, 'batch');
    if (rule.verbs.includes('*') && rule.resources.includes('*'))
        return undefined; // k8s/rbac-wildcard says it
    if (covers(rule.verbs, 'impersonate'))
        return '`impersonate` lets it act as any user or service account';
    if (rbac && (covers(rule.verbs, 'escalate') || covers(rule.verbs, 'bind')))
        return '`escalate`/`bind` on roles lets it grant itself any permission';
    if (core && covers(rule.resources, 'secrets') && ['get', 'list', 'watch'].some((verb) => covers(rule.verbs, verb)))
        return 'reading Secrets reveals every credential of the namespace, service account tokens included';
    if (workloads &&
        ['pods', 'deployments', 'daemonsets', 'statefulsets', 'replicasets', 'jobs', 'cronjobs'].some((resource) => covers(rule.resources, resource)) &&
        covers(rule.verbs, 'create'))
        return 'creating pods lets it run any image under any service account of the namespace, and read its secrets';
    if (core && covers(rule.resources, 'pods/exec') && covers(rule.verbs, 'create'))
        return '`pods/exec` opens a shell in any pod of the namespace';
    return undefined;
}
/* harmony default export */ const rbac_escalation = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/rbac-escalation',
        domain: 'kubernetes',
        description: 'Roles should not grant permissions that lead to others: creating pods, reading secrets, bind/escalate/impersonate.',
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
                if (role.name.startsWith('system:'))
                    return;
                for (const rule of role.rules) {
                    const why = escalation(rule);
                    if (!why)
                        continue;
                    context.report({
                        at: role.at([...rule.path, 'verbs']),
                        messageId: 'escalation',
                        data: { kind: role.kind, name: role.name, why },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/rbac-wildcard.ts

/* harmony default export */ const rbac_wildcard = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/rbac-wildcard',
        domain: 'kubernetes',
        description: 'Roles must not grant `*` verbs, resources or API groups.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            wildcard: '{{kind}} {{name}} grants `*` in `{{field}}`: it covers every present and future {{what}}, secrets and escalation included. List what is needed.',
        },
        equivalents: { 'kube-linter': ['wildcard-in-rules'], checkov: ['CKV_K8S_49'] },
    },
    create(context) {
        const what = { verbs: 'verb', resources: 'resource', apiGroups: 'API group' };
        return {
            role(role) {
                for (const rule of role.rules) {
                    for (const field of ['verbs', 'resources', 'apiGroups']) {
                        const index = rule[field].indexOf('*');
                        if (index < 0)
                            continue;
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
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/read-only-root-filesystem.ts


/* harmony default export */ const read_only_root_filesystem = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/read-only-root-filesystem',
        domain: 'kubernetes',
        description: 'Containers should mount their root filesystem read-only.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 4.0,
        messages: {
            writable: 'Container "{{name}}" can write to its root filesystem: set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` where it must write.',
        },
        equivalents: {
            'kube-score': ['container-security-context-readonlyrootfilesystem'],
            'kube-linter': ['no-read-only-root-fs'],
            polaris: ['notReadOnlyRootFilesystem'],
            checkov: ['CKV_K8S_22'],
        },
    },
    create(context) {
        return {
            container(container) {
                if (isFragment(context, container.workload))
                    return;
                const value = container.securityContext.readOnlyRootFilesystem;
                if (value === true)
                    return;
                context.report({
                    at: value === false
                        ? containerAt(container, ['securityContext', 'readOnlyRootFilesystem'])
                        : containerName(container),
                    messageId: 'writable',
                    data: { name: container.name },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/readiness-probe.ts


/* harmony default export */ const readiness_probe = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/readiness-probe',
        domain: 'kubernetes',
        description: 'Containers of long-running workloads should have a readiness probe.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missing: 'Container "{{name}}" has no readinessProbe: it gets traffic, and a rollout moves on, as soon as the process starts, before it can serve.',
        },
        equivalents: {
            'kube-score': ['pod-probes'],
            'kube-linter': ['no-readiness-probe'],
            polaris: ['readinessProbeMissing'],
            checkov: ['CKV_K8S_9'],
        },
    },
    create(context) {
        return {
            container(container) {
                if (isFragment(context, container.workload))
                    return;
                if (container.type !== 'container' || !isLongRunning(container.workload))
                    return;
                if (container.readinessProbe)
                    return;
                context.report({ at: containerName(container), messageId: 'missing', data: { name: container.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/required-labels.ts


/* harmony default export */ const required_labels = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/required-labels',
        domain: 'kubernetes',
        description: 'Workloads should carry the labels the organisation requires (by default `owner`).',
        category: 'style',
        defaultSeverity: 'note',
        recommended: false,
        messages: {
            missing: '{{kind}} {{name}} has no `{{label}}` label: say who to call when it breaks.',
        },
        equivalents: { 'kube-linter': ['required-label-owner'] },
        defaultOptions: { labels: ['owner'] },
        optionsSchema: {
            type: 'object',
            properties: {
                labels: { type: 'array', items: { type: 'string' }, description: 'Labels every workload must have.' },
            },
            additionalProperties: false,
        },
    },
    create(context) {
        const labels = context.options.labels ?? ['owner'];
        return {
            workload(workload) {
                if (isFragment(context, workload))
                    return;
                for (const label of labels) {
                    if (label in workload.labels)
                        continue;
                    context.report({
                        at: workload.at(workload.data.metadata !== undefined ? ['metadata'] : ['kind'], { key: true }),
                        messageId: 'missing',
                        data: { kind: workload.kind, name: workload.name, label },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/restart-policy.ts

/* harmony default export */ const restart_policy = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/restart-policy',
        domain: 'kubernetes',
        description: 'A pod template’s `restartPolicy` must be one its controller accepts.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            serving: '{{kind}} {{name}} sets `restartPolicy: {{value}}`: its controller only accepts `Always`, so the API server rejects it.',
            batch: '{{kind}} {{name}} sets `restartPolicy: Always`: a Job’s pods must be `OnFailure` or `Never`, so the API server rejects it.',
        },
        equivalents: { 'kube-linter': ['restart-policy'], 'kube-score': ['cronjob-restartpolicy'] },
    },
    create(context) {
        return {
            workload(workload) {
                const value = workload.pod.restartPolicy;
                if (value === undefined || workload.kind === 'Pod')
                    return;
                const batch = workload.kind === 'Job' || workload.kind === 'CronJob';
                if (batch ? value !== 'Always' : value === 'Always')
                    return;
                context.report({
                    at: workload.at([...workload.pod.path, 'restartPolicy']),
                    messageId: batch ? 'batch' : 'serving',
                    data: { kind: workload.kind, name: workload.name, value },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/rollout-strategy.ts

/* harmony default export */ const rollout_strategy = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/rollout-strategy',
        domain: 'kubernetes',
        description: 'A Deployment should roll out with `RollingUpdate` (the default), not stop every pod first.',
        category: 'best-practice',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            recreate: 'Deployment {{name}} uses strategy `{{type}}`: every pod stops before the new ones start, so each release is an outage. Use RollingUpdate unless two versions must never run together.',
        },
        equivalents: { 'kube-score': ['deployment-strategy'], 'kube-linter': ['no-rolling-update-strategy'] },
    },
    create(context) {
        return {
            workload(workload) {
                if (workload.kind !== 'Deployment')
                    return;
                const strategy = workload.data.spec?.strategy;
                const type = strategy?.type;
                if (type === undefined || type === 'RollingUpdate')
                    return;
                // A single-replica Deployment with a volume that only one pod may mount needs Recreate.
                if (type === 'Recreate' && workload.replicas === 1)
                    return;
                context.report({
                    at: workload.at(['spec', 'strategy', 'type']),
                    messageId: 'recreate',
                    data: { name: workload.name, type: String(type) },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/run-as-non-root.ts


/* harmony default export */ const run_as_non_root = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/run-as-non-root',
        domain: 'kubernetes',
        description: 'Containers must be required to run as a non-root user (`runAsNonRoot: true` or a non-zero `runAsUser`).',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 6.0,
        messages: {
            root: 'Container "{{name}}" is set to run as root (`{{setting}}`): a process that escapes runs as root on the node’s kernel.',
            unset: 'Container "{{name}}" may run as root: set `securityContext.runAsNonRoot: true` (pod or container) so the kubelet refuses an image whose user is root.',
        },
        equivalents: {
            'kube-score': ['container-security-context-user-group-id'],
            'kube-linter': ['run-as-non-root'],
            polaris: ['runAsRootAllowed'],
            checkov: ['CKV_K8S_23', 'CKV_K8S_40'],
        },
    },
    create(context) {
        return {
            container(container) {
                if (isFragment(context, container.workload))
                    return;
                if (container.type === 'ephemeralContainer')
                    return;
                const nonRoot = effectiveSecurity(container, 'runAsNonRoot');
                const user = effectiveSecurity(container, 'runAsUser');
                if (user === 0) {
                    const own = container.securityContext.runAsUser !== undefined;
                    context.report({
                        at: own
                            ? containerAt(container, ['securityContext', 'runAsUser'])
                            : container.workload.at([...container.workload.pod.path, 'securityContext', 'runAsUser']),
                        messageId: 'root',
                        data: { name: container.name, setting: 'runAsUser: 0' },
                    });
                    return;
                }
                if (nonRoot === false) {
                    const own = container.securityContext.runAsNonRoot !== undefined;
                    context.report({
                        at: own
                            ? containerAt(container, ['securityContext', 'runAsNonRoot'])
                            : container.workload.at([...container.workload.pod.path, 'securityContext', 'runAsNonRoot']),
                        messageId: 'root',
                        data: { name: container.name, setting: 'runAsNonRoot: false' },
                    });
                    return;
                }
                if (nonRoot === true || (typeof user === 'number' && user > 0))
                    return;
                context.report({ at: containerName(container), messageId: 'unset', data: { name: container.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/seccomp-profile.ts


/* harmony default export */ const seccomp_profile = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/seccomp-profile',
        domain: 'kubernetes',
        description: 'Pods should run under the `RuntimeDefault` (or a `Localhost`) seccomp profile.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        securitySeverity: 3.0,
        messages: {
            unconfined: 'Container "{{name}}" runs `Unconfined` by seccomp: every system call is open to it.',
            unset: 'Container "{{name}}" sets no seccomp profile: set `securityContext.seccompProfile.type: RuntimeDefault` on the pod.',
        },
        equivalents: { 'kube-score': ['container-seccomp-profile'], checkov: ['CKV_K8S_31'] },
    },
    create(context) {
        return {
            container(container) {
                if (isFragment(context, container.workload))
                    return;
                const profile = effectiveSecurity(container, 'seccompProfile');
                const annotation = container.workload.pod.annotations['seccomp.security.alpha.kubernetes.io/pod'];
                if (profile?.type === 'Unconfined') {
                    const own = container.securityContext.seccompProfile !== undefined;
                    context.report({
                        at: own
                            ? containerAt(container, ['securityContext', 'seccompProfile', 'type'])
                            : container.workload.at([...container.workload.pod.path, 'securityContext', 'seccompProfile', 'type']),
                        messageId: 'unconfined',
                        severity: 'warning',
                        data: { name: container.name },
                    });
                    return;
                }
                if (profile?.type !== undefined || (annotation !== undefined && annotation !== 'unconfined'))
                    return;
                context.report({ at: containerName(container), messageId: 'unset', data: { name: container.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/secret-from-env.ts


/* harmony default export */ const secret_from_env = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/secret-from-env',
        domain: 'kubernetes',
        description: 'Secrets should reach a container as mounted files, not environment variables.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        securitySeverity: 3.0,
        messages: {
            env: 'Container "{{name}}" reads Secret `{{secret}}` into `{{variable}}`: environment variables end up in crash dumps, debug endpoints and child processes, and do not follow rotation. Mount the Secret as a volume (or use a secret-store CSI driver).',
            envFrom: 'Container "{{name}}" loads every key of Secret `{{secret}}` into its environment: mount it as a volume instead.',
        },
        equivalents: { 'kube-linter': ['read-secret-from-env-var'], checkov: ['CKV_K8S_35'] },
    },
    create(context) {
        return {
            container(container) {
                for (const variable of container.env) {
                    if (!variable.secretKeyRef)
                        continue;
                    context.report({
                        at: containerAt(container, [...variable.path.slice(container.path.length), 'valueFrom', 'secretKeyRef']),
                        messageId: 'env',
                        data: { name: container.name, secret: variable.secretKeyRef.name, variable: variable.name },
                    });
                }
                const envFrom = container.data.envFrom;
                if (!Array.isArray(envFrom))
                    return;
                envFrom.forEach((source, index) => {
                    const ref = source?.secretRef;
                    if (!ref)
                        return;
                    context.report({
                        at: containerAt(container, ['envFrom', index, 'secretRef']),
                        messageId: 'envFrom',
                        data: { name: container.name, secret: String(ref.name ?? '') },
                    });
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/secret-in-env-value.ts


/** Variable names that hold credentials (`DB_PASSWORD`, `API_KEY`, `GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`). */
const SECRET_NAME = /(?:^|_)(?:PASS(?:WORD|WD)?|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|AUTH)(?:_|$)/i;
/** Names that mention a secret without holding one (`TOKEN_TTL`, `PASSWORD_FILE`, `SECRET_NAME`). */
const NOT_A_VALUE = /(?:^|_)(?:FILE|PATH|DIR|NAME|ID|USER(?:NAME)?|TTL|EXPIRY|EXPIRES|LENGTH|URL|ENDPOINT|HEADER|TYPE|ENABLED|REF|KEY_?ID)$/i;
/** Values that are clearly not credentials: empty, placeholders, booleans, references. */
const PLACEHOLDER = /^(?:|true|false|yes|no|none|null|changeme|\$\(.*\)|\$\{.*\}|<.*>|\{\{.*\}\}|[*x.]+)$/i;
/* harmony default export */ const secret_in_env_value = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/secret-in-env-value',
        domain: 'kubernetes',
        description: 'Credentials must not be written as literal `env` values in a manifest.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.5,
        messages: {
            literal: 'Container "{{name}}" sets `{{variable}}` to a literal value: it is in the repository and readable by anyone who can read the pod spec. Reference a Secret (from your secret store) instead.',
        },
        equivalents: { 'kube-linter': ['env-var-secret'], checkov: ['CKV_K8S_35'] },
    },
    create(context) {
        return {
            container(container) {
                for (const variable of container.env) {
                    if (variable.value === undefined || !SECRET_NAME.test(variable.name) || NOT_A_VALUE.test(variable.name))
                        continue;
                    if (PLACEHOLDER.test(variable.value.trim()))
                        continue;
                    context.report({
                        at: containerAt(container, [...variable.path.slice(container.path.length), 'value']),
                        messageId: 'literal',
                        data: { name: container.name, variable: variable.name },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/selector-mismatch.ts


/* harmony default export */ const selector_mismatch = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/selector-mismatch',
        domain: 'kubernetes',
        description: 'A workload’s selector must match the labels of its own pod template.',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: {
            mismatch: '{{kind}} {{name}}: `spec.selector` does not match the pod template’s labels: the API server rejects it (or, with an empty selector on old APIs, it adopts unrelated pods).',
        },
        equivalents: {
            'kube-linter': ['mismatching-selector'],
            'kube-score': [
                'deployment-pod-selector-labels-match-template-metadata-labels',
                'statefulset-pod-selector-labels-match-template-metadata-labels',
            ],
        },
    },
    create(context) {
        return {
            workload(workload) {
                if (!workload.selector || workload.kind === 'Pod' || workload.kind === 'CronJob')
                    return;
                if (matchesSelector(workload.selector, workload.pod.labels))
                    return;
                context.report({
                    at: workload.at([...workload.specPath, 'selector']),
                    messageId: 'mismatch',
                    data: { kind: workload.kind, name: workload.name },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/sensitive-host-path.ts

/** Host paths whose contents control the node: its runtime sockets, configuration, credentials and kernel views. */
const SENSITIVE = [
    '/',
    '/etc',
    '/root',
    '/var/run',
    '/run',
    '/proc',
    '/sys',
    '/boot',
    '/dev',
    '/var/lib/kubelet',
    '/var/lib/docker',
    '/var/lib/containerd',
    '/etc/kubernetes',
    '/var/run/docker.sock',
    '/run/containerd/containerd.sock',
    '/var/run/crio/crio.sock',
];
function normalise(path) {
    const trimmed = path.replace(/\/+$/, '');
    return trimmed === '' ? '/' : trimmed;
}
/** The sensitive path a host path is, or lies inside (`/var/run/docker.sock` is inside `/var/run`). */
function sensitiveRoot(path) {
    const normal = normalise(path);
    if (normal === '/')
        return '/';
    return SENSITIVE.filter((root) => root !== '/' && (normal === root || normal.startsWith(`${root}/`))).sort((a, b) => b.length - a.length)[0];
}
/* harmony default export */ const sensitive_host_path = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/sensitive-host-path',
        domain: 'kubernetes',
        description: 'Pods must not mount the node’s runtime socket, configuration or system folders.',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 8.5,
        messages: {
            sensitive: '{{kind}} {{name}} mounts `{{path}}` of the node (volume "{{volume}}"){{socket}}: whoever controls the pod controls the node.',
        },
        equivalents: {
            'kube-linter': ['sensitive-host-mounts', 'docker-sock'],
            checkov: ['CKV_K8S_27'],
        },
    },
    create(context) {
        return {
            workload(workload) {
                for (const volume of workload.pod.volumes) {
                    if (volume.hostPath === undefined)
                        continue;
                    if (!sensitiveRoot(volume.hostPath))
                        continue;
                    context.report({
                        at: workload.at([...volume.path, 'hostPath', 'path']),
                        messageId: 'sensitive',
                        data: {
                            kind: workload.kind,
                            name: workload.name,
                            path: volume.hostPath,
                            volume: volume.name,
                            socket: /\.sock$/.test(volume.hostPath) ? ', the container runtime’s socket' : '',
                        },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/service-node-port.ts

/* harmony default export */ const service_node_port = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/service-node-port',
        domain: 'kubernetes',
        description: 'Services should not be exposed as `NodePort`.',
        category: 'security',
        defaultSeverity: 'note',
        recommended: false,
        securitySeverity: 3.0,
        messages: {
            nodePort: 'Service {{name}} is a NodePort: it opens a port on every node of the cluster, outside any load balancer or Ingress. Use ClusterIP behind an Ingress, or a LoadBalancer.',
        },
        equivalents: { 'kube-score': ['service-type'], 'kube-linter': ['exposed-services'] },
    },
    create(context) {
        return {
            service(service) {
                if (service.type !== 'NodePort')
                    return;
                context.report({ at: service.at(['spec', 'type']), messageId: 'nodePort', data: { name: service.name } });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/service-selects-nothing.ts



/* harmony default export */ const service_selects_nothing = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/service-selects-nothing',
        domain: 'kubernetes',
        description: 'A Service’s selector should match the pods of a workload defined beside it.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            dangling: 'Service {{name}} selects {{selector}}, which no pod template in this folder carries: it would have no endpoints.',
        },
        equivalents: { 'kube-score': ['service-targets-pod'], 'kube-linter': ['dangling-service'] },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    // Pods defined elsewhere (another folder, a chart): nothing here to compare with.
                    const workloads = near(context.model.workloads, folder.workloads);
                    if (workloads.length === 0)
                        return;
                    for (const service of context.model.services) {
                        const selector = service.selector;
                        if (!selector || Object.keys(selector).length === 0)
                            continue;
                        const matched = workloads.some((workload) => sameNamespace(service, workload) &&
                            matchesSelector({ matchLabels: selector, matchExpressions: [] }, workload.pod.labels));
                        if (!matched)
                            context.report({
                                at: service.at(['spec', 'selector']),
                                messageId: 'dangling',
                                data: {
                                    name: service.name,
                                    selector: Object.entries(selector)
                                        .map(([key, value]) => `${key}=${value}`)
                                        .join(','),
                                },
                            });
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/ssh-port.ts


/* harmony default export */ const ssh_port = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/ssh-port',
        domain: 'kubernetes',
        description: 'Containers should not expose SSH (port 22).',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            ssh: 'Container "{{name}}" exposes port 22: an SSH server in a container is a second way in that escapes the cluster’s access control. Use `kubectl exec` or an ephemeral debug container.',
        },
        equivalents: { 'kube-linter': ['ssh-port'] },
    },
    create(context) {
        return {
            container(container) {
                for (const port of container.ports) {
                    if (port.containerPort !== 22 || port.protocol.toUpperCase() !== 'TCP')
                        continue;
                    context.report({
                        at: containerAt(container, [...port.path.slice(container.path.length), 'containerPort']),
                        messageId: 'ssh',
                        data: { name: container.name },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/statefulset-service-name.ts



/* harmony default export */ const statefulset_service_name = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/statefulset-service-name',
        domain: 'kubernetes',
        description: 'A StatefulSet’s `serviceName` should name a headless Service that selects its pods.',
        category: 'correctness',
        defaultSeverity: 'warning',
        recommended: true,
        messages: {
            missing: 'StatefulSet {{name}} names Service `{{service}}`, which is not defined in this folder: its pods get no stable DNS names.',
            notHeadless: 'StatefulSet {{name}} names Service `{{service}}`, which is not headless (`clusterIP: None`): its pods get no stable DNS names.',
            notSelecting: 'StatefulSet {{name}} names Service `{{service}}`, whose selector does not match its pods.',
        },
        equivalents: { 'kube-score': ['statefulset-has-servicename'] },
    },
    create(context) {
        return {
            file() {
                inFolder(context, (folder) => {
                    for (const workload of context.model.workloads) {
                        if (workload.kind !== 'StatefulSet')
                            continue;
                        const serviceName = workload.data.spec?.serviceName;
                        // Optional since Kubernetes 1.32; without it the pods simply get no per-pod DNS.
                        if (typeof serviceName !== 'string' || serviceName === '')
                            continue;
                        const services = near(context.model.services, folder.services);
                        if (services.length === 0)
                            continue; // the Service lives elsewhere
                        const service = services.find((candidate) => candidate.name === serviceName && sameNamespace(candidate, workload));
                        const at = workload.at(['spec', 'serviceName']);
                        const data = { name: workload.name, service: serviceName };
                        if (!service)
                            context.report({ at, messageId: 'missing', data });
                        else if (!service.headless)
                            context.report({ at, messageId: 'notHeadless', data });
                        else if (service.selector &&
                            !matchesSelector({ matchLabels: service.selector, matchExpressions: [] }, workload.pod.labels))
                            context.report({ at, messageId: 'notSelecting', data });
                    }
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/syntax.ts

/** Reported by the engine when a manifest file is not valid YAML; no other Kubernetes rule runs on that file. */
/* harmony default export */ const syntax = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/syntax',
        domain: 'kubernetes',
        description: 'The manifest file is not valid YAML (or nests deeper, or expands aliases further, than allowed).',
        category: 'correctness',
        defaultSeverity: 'error',
        recommended: true,
        messages: { syntax: 'Manifest syntax: {{message}}' },
    },
    create: () => ({}),
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/unsafe-proc-mount.ts


/* harmony default export */ const unsafe_proc_mount = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/unsafe-proc-mount',
        domain: 'kubernetes',
        description: 'Containers must keep the default masked `/proc` (`procMount: Default`).',
        category: 'security',
        defaultSeverity: 'error',
        recommended: true,
        securitySeverity: 7.0,
        messages: {
            unmasked: 'Container "{{name}}" sets `procMount: {{value}}`: the kernel files the runtime masks in `/proc` become visible to it.',
        },
        equivalents: { 'kube-linter': ['unsafe-proc-mount'] },
    },
    create(context) {
        return {
            container(container) {
                const value = container.securityContext.procMount;
                if (value === undefined || value === 'Default')
                    return;
                context.report({
                    at: containerAt(container, ['securityContext', 'procMount']),
                    messageId: 'unmasked',
                    data: { name: container.name, value: String(value) },
                });
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/writable-host-path.ts


/* harmony default export */ const writable_host_path = ((0,rule/* defineRule */.Km)({
    meta: {
        id: 'k8s/writable-host-path',
        domain: 'kubernetes',
        description: 'A container that mounts a folder of the node should mount it read-only.',
        category: 'security',
        defaultSeverity: 'warning',
        recommended: true,
        securitySeverity: 5.0,
        messages: {
            writable: 'Container "{{name}}" mounts host path `{{path}}` writable at `{{mountPath}}`: add `readOnly: true` unless it must write to the node.',
        },
        equivalents: { 'kube-linter': ['writable-host-mount'] },
    },
    create(context) {
        return {
            container(container) {
                const volumes = container.workload.pod.volumes;
                for (const mount of container.volumeMounts) {
                    if (mount.readOnly)
                        continue;
                    const volume = volumes.find((candidate) => candidate.name === mount.name);
                    if (volume?.hostPath === undefined)
                        continue;
                    context.report({
                        at: containerAt(container, mount.path.slice(container.path.length)),
                        messageId: 'writable',
                        data: { name: container.name, path: volume.hostPath, mountPath: mount.mountPath },
                    });
                }
            },
        };
    },
}));

;// CONCATENATED MODULE: ./src/rules/kubernetes/index.ts






















































/** Every Kubernetes rule, sorted by file name. */
const kubernetesRules = [
    added_capabilities,
    allow_privilege_escalation,
    anti_affinity,
    automount_service_account_token,
    cluster_admin_binding,
    cpu_requests,
    default_service_account,
    deprecated_api_version,
    drop_capabilities,
    env_reference_missing,
    ephemeral_storage_limits,
    host_namespaces,
    host_port,
    hpa_fixed_replicas,
    hpa_replicas,
    hpa_target_missing,
    identical_probes,
    image_pull_policy,
    image_tag,
    ingress_missing_service,
    invalid_topology_spread,
    job_ttl,
    kustomize_missing_resource,
    liveness_probe,
    memory_requests_limits,
    missing_pdb,
    network_policy_coverage,
    network_policy_selects_nothing,
    pdb_blocks_eviction,
    pdb_unhealthy_eviction_policy,
    pdb_without_policy,
    privileged,
    probe_port_not_exposed,
    rbac_escalation,
    rbac_wildcard,
    read_only_root_filesystem,
    readiness_probe,
    required_labels,
    restart_policy,
    rollout_strategy,
    run_as_non_root,
    seccomp_profile,
    secret_from_env,
    secret_in_env_value,
    selector_mismatch,
    sensitive_host_path,
    service_node_port,
    service_selects_nothing,
    ssh_port,
    statefulset_service_name,
    syntax,
    unsafe_proc_mount,
    writable_host_path,
];
/** The domain with its rules, as rules/packs.ts loads it. */
const pack = { domain: kubernetesDomain, rules: kubernetesRules };


/***/ })

};
