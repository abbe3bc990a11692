import { SourceFile } from '../../../src/core/source.js';
import { kubernetesDomain } from '../../../src/domains/kubernetes/index.js';
import type { KubernetesModel } from '../../../src/domains/kubernetes/model.js';
import { matchesSelector } from '../../../src/domains/kubernetes/selectors.js';

function parse(text: string, path = 'deploy/app.yaml'): KubernetesModel {
  const result = kubernetesDomain.parse(new SourceFile(path, text));
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.model;
}

const MANIFESTS = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
  namespace: ops
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {app: nightly}
        spec:
          restartPolicy: OnFailure
          initContainers:
            - name: wait
              image: busybox:1.36
          containers:
            - name: job
              image: registry.example/job:1.0.0
              env:
                - name: TOKEN
                  valueFrom:
                    secretKeyRef: {name: creds, key: token}
              readinessProbe:
                httpGet: {path: /, port: http}
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      clusterIP: None
      selector: {app: web}
  - apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web}
    spec:
      rules:
        - http:
            paths:
              - path: /
                pathType: Prefix
                backend:
                  service: {name: web, port: {number: 80}}
`;

describe('kubernetes parse', () => {
  const model = parse(MANIFESTS);

  test('reads every document and every item of a List, typed by kind', () => {
    expect(model.objects.map((object) => `${object.kind}/${object.name}@${object.documentIndex}`)).toEqual([
      'CronJob/nightly@0',
      'Service/web@1',
      'Ingress/web@1',
    ]);
    expect(model.workloads).toHaveLength(1);
    expect(model.services[0]!.headless).toBe(true);
    expect(model.ingresses[0]!.backends.map((backend) => [backend.serviceName, backend.port])).toEqual([['web', 80]]);
  });

  test('a CronJob’s pod template, containers and env come with key paths that locate them', () => {
    const [cronJob] = model.workloads;
    expect(cronJob!.namespace).toBe('ops');
    expect(cronJob!.pod.labels).toEqual({ app: 'nightly' });
    expect(cronJob!.pod.restartPolicy).toBe('OnFailure');
    expect(cronJob!.pod.initContainers.map((container) => container.name)).toEqual(['wait']);
    const [container] = cronJob!.pod.containers;
    expect(container!.readinessProbe).toMatchObject({ handler: 'httpGet', port: 'http' });
    expect(container!.env[0]!.secretKeyRef).toEqual({ name: 'creds', key: 'token', optional: false });
    const at = cronJob!.at([...container!.path, 'image']);
    expect(at.span.line).toBe(20);
    expect(at.path).toBe(
      'CronJob/ops/nightly:spec.jobTemplate.spec.template.spec.containers[1].image'.replace('[1]', '[0]'),
    );
  });

  test('an item of a List is located inside the list', () => {
    const ingress = model.ingresses[0]!;
    expect(ingress.at(ingress.backends[0]!.path).span.line).toBe(47);
  });

  test('aliases and merge keys are resolved in the data', () => {
    const shared = parse(
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a, labels: &labels {app: a}}\n    spec: {containers: [{name: x, image: "x:1"}]}\n  - apiVersion: v1\n    kind: Service\n    metadata: {name: a}\n    spec: {selector: *labels}\n',
    );
    expect(shared.services[0]!.selector).toEqual({ app: 'a' });
  });

  test('a kustomization.yaml without apiVersion/kind is a Kustomization; remote bases are not files', () => {
    const kustomization = parse(
      'resources:\n  - app.yaml\n  - ../base\n  - github.com/acme/base?ref=v1\n',
      'deploy/kustomization.yaml',
    );
    expect(kustomization.kustomizations[0]!.resources.map((resource) => resource.value)).toEqual([
      'app.yaml',
      '../base',
    ]);
  });

  test('a file that is not YAML is a syntax problem', () => {
    const result = kubernetesDomain.parse(new SourceFile('a.yaml', 'kind: [Pod\n'));
    expect(result.ok).toBe(false);
  });
});

describe('label selectors', () => {
  const labels = { app: 'web', tier: 'front' };
  test.each([
    [{ matchLabels: { app: 'web' }, matchExpressions: [] }, true],
    [{ matchLabels: { app: 'api' }, matchExpressions: [] }, false],
    [{ matchLabels: {}, matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'back'] }] }, true],
    [{ matchLabels: {}, matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] }, false],
    [{ matchLabels: {}, matchExpressions: [{ key: 'zone', operator: 'DoesNotExist', values: [] }] }, true],
    [{ matchLabels: {}, matchExpressions: [{ key: 'zone', operator: 'Exists', values: [] }] }, false],
    [{ matchLabels: {}, matchExpressions: [{ key: 'app', operator: 'Bogus', values: [] }] }, false],
  ])('%j selects {app: web, tier: front}: %s', (selector, expected) => {
    expect(matchesSelector(selector, labels)).toBe(expected);
  });
});
