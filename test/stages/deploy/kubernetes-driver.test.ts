import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import YAML from 'yaml';
import { KubernetesDriver, canaryReplicas, type Kubectl } from '../../../src/stages/deploy/drivers/kubernetes.js';
import { runDeploy } from '../../../src/stages/deploy/orchestrator.js';
import type { DeployRequest, StrategyConfig, Verifier } from '../../../src/stages/deploy/types.js';

// No API server can run here: the driver is checked at command level. Every kubectl call is recorded, and the
// mutating ones are replayed with the real kubectl in --local mode on fixture manifests to prove they are valid.
const fixtures = resolve('test/fixtures/deploy/k8s');
const V1 = `sha256:${'1'.repeat(64)}`;
const V2 = `sha256:${'2'.repeat(64)}`;

function recorder(answers: Record<string, string> = {}): { calls: string[][]; run: Kubectl } {
  const calls: string[][] = [];
  return {
    calls,
    run: async (args) => {
      calls.push(args);
      const verb = args.slice(2).join(' ');
      return Object.entries(answers).find(([prefix]) => verb.startsWith(prefix))?.[1] ?? '';
    },
  };
}

const passing: Verifier = { verify: async () => ({ ok: true, detail: 'ok' }) };
const failingOn = (track: string): Verifier => ({
  verify: async (t) => (t === track ? { ok: false, detail: 'HTTP 503' } : { ok: true, detail: 'ok' }),
});

function driver(strategy: StrategyConfig, run: Kubectl, previous: string | undefined = V1) {
  const request: DeployRequest = {
    environment: 'prod',
    image: 'ghcr.io/acme/web',
    digest: V2,
    previousDigest: previous,
    strategy,
  };
  return {
    request,
    driver: new KubernetesDriver(
      { namespace: 'shop', deployment: 'web', service: 'web', timeoutSeconds: 120, healthUrls: {} },
      request,
      run,
    ),
  };
}

/** Replays a recorded `set image` / `patch` call against a fixture with kubectl --local and returns the result. */
function replayLocally(call: string[], fixture: string): Record<string, any> {
  const args = call.slice(2); // drop --namespace shop
  const resourceIndex = args.findIndex((arg) => /^(deployment|service)\//.test(arg) || arg === 'service');
  const rest = args[resourceIndex] === 'service' ? args.slice(resourceIndex + 2) : args.slice(resourceIndex + 1);
  const out = execFileSync(
    'kubectl',
    [...args.slice(0, resourceIndex), '--local', '-f', resolve(fixtures, fixture), ...rest, '-o', 'yaml'],
    { encoding: 'utf8' },
  );
  return YAML.parse(out);
}

test('rolling: set image by digest, then rollout status with the timeout', async () => {
  const { calls, run } = recorder();
  const { request, driver: k8s } = driver({ kind: 'rolling', batches: 1 }, run);
  expect((await runDeploy(request, k8s, passing)).result).toBe('succeeded');
  expect(calls).toEqual([
    ['--namespace', 'shop', 'set', 'image', 'deployment/web', `web=ghcr.io/acme/web@${V2}`],
    ['--namespace', 'shop', 'rollout', 'status', 'deployment/web', '--timeout=120s'],
  ]);
  const patched = replayLocally(calls[0]!, 'deployment.yaml');
  expect(patched.spec.template.spec.containers[0].image).toBe(`ghcr.io/acme/web@${V2}`);
});

test('rolling: an unhealthy rollout puts the previous digest back, or uses rollout undo when none is known', async () => {
  const known = recorder();
  const first = driver({ kind: 'rolling', batches: 1 }, known.run);
  expect(
    (await runDeploy(first.request, first.driver, { verify: async () => ({ ok: false, detail: 'HTTP 500' }) })).result,
  ).toBe('failed');
  // The restored version is verified too; with a verifier that always fails, the deploy counts as failed.
  expect(known.calls.slice(2)).toEqual([
    ['--namespace', 'shop', 'set', 'image', 'deployment/web', `web=ghcr.io/acme/web@${V1}`],
    ['--namespace', 'shop', 'rollout', 'status', 'deployment/web', '--timeout=120s'],
  ]);
  const unknown = recorder();
  const k8s = driver({ kind: 'rolling', batches: 1 }, unknown.run, undefined).driver;
  await k8s.rollback({ digest: undefined, track: 'stable' });
  expect(unknown.calls).toEqual([
    ['--namespace', 'shop', 'rollout', 'undo', 'deployment/web'],
    ['--namespace', 'shop', 'rollout', 'status', 'deployment/web', '--timeout=120s'],
  ]);
});

test('blue-green: deploy the idle colour, then switch the Service selector', async () => {
  const { calls, run } = recorder({ 'get service web': 'blue' });
  const { request, driver: k8s } = driver({ kind: 'blue-green' }, run);
  expect((await runDeploy(request, k8s, passing)).result).toBe('succeeded');
  expect(calls.map((call) => call.slice(2).join(' '))).toEqual([
    'get service web -o jsonpath={.spec.selector.slot}',
    `set image deployment/web-green web=ghcr.io/acme/web@${V2}`,
    'rollout status deployment/web-green --timeout=120s',
    'patch service web --type=merge -p {"spec":{"selector":{"slot":"green"}}}',
  ]);
  const service = replayLocally(calls[3]!, 'service.yaml');
  expect(service.spec.selector).toEqual({ app: 'web', slot: 'green' });
});

test('blue-green: a colour that fails after the switch is switched back', async () => {
  const { calls, run } = recorder({ 'get service web': 'green' });
  const { request, driver: k8s } = driver({ kind: 'blue-green' }, run);
  const record = await runDeploy(request, k8s, failingOn('stable'));
  expect(record.result).toBe('failed'); // the always-failing stable verifier also fails the post-rollback check
  expect(calls.slice(3).map((call) => call.slice(2).join(' '))).toEqual([
    'patch service web --type=merge -p {"spec":{"selector":{"slot":"blue"}}}',
    'patch service web --type=merge -p {"spec":{"selector":{"slot":"green"}}}',
  ]);
});

test('canary: a second Deployment scaled to the traffic share, then promoted and scaled to zero', async () => {
  const { calls, run } = recorder({ 'get deployment/web': '4' });
  const { request, driver: k8s } = driver({ kind: 'canary', steps: [20, 50], pauseSeconds: 0 }, run);
  expect((await runDeploy(request, k8s, passing)).result).toBe('succeeded');
  expect(calls.map((call) => call.slice(2).join(' '))).toEqual([
    'scale deployment/web-canary --replicas=1',
    `set image deployment/web-canary web=ghcr.io/acme/web@${V2}`,
    'rollout status deployment/web-canary --timeout=120s',
    'get deployment/web -o jsonpath={.spec.replicas}',
    'scale deployment/web-canary --replicas=1',
    'rollout status deployment/web-canary --timeout=120s',
    'get deployment/web -o jsonpath={.spec.replicas}',
    'scale deployment/web-canary --replicas=4',
    'rollout status deployment/web-canary --timeout=120s',
    `set image deployment/web web=ghcr.io/acme/web@${V2}`,
    'rollout status deployment/web --timeout=120s',
    'scale deployment/web-canary --replicas=0',
    'scale deployment/web-canary --replicas=0',
  ]);
  const canary = replayLocally(calls[1]!, 'deployment.yaml');
  expect(canary.spec.template.spec.containers[0].image).toBe(`ghcr.io/acme/web@${V2}`);
});

test('canary replicas follow the traffic share', () => {
  expect([canaryReplicas(4, 20), canaryReplicas(4, 50), canaryReplicas(9, 10), canaryReplicas(1, 90)]).toEqual([
    1, 4, 1, 9,
  ]);
});

test('names that are not Kubernetes names are refused before kubectl runs', () => {
  const request: DeployRequest = {
    environment: 'prod',
    image: 'ghcr.io/acme/web',
    digest: V2,
    previousDigest: undefined,
    strategy: { kind: 'rolling', batches: 1 },
  };
  expect(
    () =>
      new KubernetesDriver(
        { namespace: 'shop', deployment: 'web;rm -rf /', timeoutSeconds: 1, healthUrls: {} },
        request,
      ),
  ).toThrow('invalid Kubernetes deployment name "web;rm -rf /"');
});
