import { execFile } from 'node:child_process';
import { UsageError } from '../../../core/errors.js';
import type { DeployRequest, DeployStepInput, Driver, Track } from '../types.js';

export interface KubernetesDriverConfig {
  namespace: string;
  /** The stable Deployment; blue-green uses `<name>-blue`/`<name>-green`, canary `<name>-canary`. */
  deployment: string;
  /** Container to set the image on (default: the Deployment's name). */
  container?: string;
  /** Service whose `slot` selector picks the live colour (blue-green). */
  service?: string;
  context?: string;
  /** A kubeconfig file; default: kubectl's own lookup (KUBECONFIG, ~/.kube/config). */
  kubeconfigFile?: string;
  timeoutSeconds: number;
  healthUrls: Partial<Record<Track, string[]>>;
}

/** Runs kubectl with an argument list (never a shell) and returns its standard output. */
export type Kubectl = (args: string[]) => Promise<string>;

export const kubectl: Kubectl = (args) =>
  new Promise((resolve, reject) => {
    execFile('kubectl', args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(
            `kubectl ${args.slice(0, 3).join(' ')} failed: ${(stderr || error.message).trim().split('\n').slice(-3).join(' | ')}`,
          ),
        );
      else resolve(stdout);
    });
  });

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

/**
 * Deploys by digest with kubectl: `set image` on the Deployment, then `rollout status` with a timeout. Blue-green
 * switches a Service's `slot` selector between two Deployments; canary scales a second Deployment that the same
 * Service selects, so its share of pods is its share of traffic. Rollback sets the previous digest back, or uses
 * `rollout undo` when none is known.
 */
export class KubernetesDriver implements Driver {
  readonly name = 'kubernetes';

  constructor(
    private readonly config: KubernetesDriverConfig,
    private readonly request: DeployRequest,
    private readonly run: Kubectl = kubectl,
  ) {
    for (const [what, value] of Object.entries({
      namespace: config.namespace,
      deployment: config.deployment,
      service: config.service ?? 'x',
      container: config.container ?? 'x',
    })) {
      if (!NAME.test(value)) throw new UsageError(`invalid Kubernetes ${what} name "${value}"`);
    }
    if (request.strategy.kind === 'blue-green' && !config.service)
      throw new UsageError('blue-green on Kubernetes needs input "kube-service"');
  }

  private base(): string[] {
    return [
      ...(this.config.kubeconfigFile ? ['--kubeconfig', this.config.kubeconfigFile] : []),
      ...(this.config.context ? ['--context', this.config.context] : []),
      '--namespace',
      this.config.namespace,
    ];
  }

  deploymentOf(track: Track): string {
    return track === 'stable' ? this.config.deployment : `${this.config.deployment}-${track}`;
  }

  private async setImage(track: Track, digest: string): Promise<void> {
    const deployment = this.deploymentOf(track);
    const container = this.config.container ?? this.config.deployment;
    await this.run([
      ...this.base(),
      'set',
      'image',
      `deployment/${deployment}`,
      `${container}=${this.request.image}@${digest}`,
    ]);
    await this.rolloutStatus(deployment);
  }

  private async rolloutStatus(deployment: string): Promise<void> {
    await this.run([
      ...this.base(),
      'rollout',
      'status',
      `deployment/${deployment}`,
      `--timeout=${this.config.timeoutSeconds}s`,
    ]);
  }

  private async scale(track: Track, replicas: number): Promise<void> {
    await this.run([...this.base(), 'scale', `deployment/${this.deploymentOf(track)}`, `--replicas=${replicas}`]);
  }

  async deploy(step: DeployStepInput): Promise<void> {
    if (step.track === 'canary') await this.scale('canary', 1);
    await this.setImage(step.track, step.digest);
  }

  async route(track: Track, weight: number): Promise<void> {
    if (track === 'blue' || track === 'green') {
      const patch = JSON.stringify({ spec: { selector: { slot: track } } });
      await this.run([...this.base(), 'patch', 'service', this.config.service!, '--type=merge', '-p', patch]);
      return;
    }
    if (track !== 'canary') return;
    if (weight <= 0) {
      await this.scale('canary', 0);
      return;
    }
    const stable =
      Number(
        (
          await this.run([
            ...this.base(),
            'get',
            `deployment/${this.config.deployment}`,
            '-o',
            'jsonpath={.spec.replicas}',
          ])
        ).trim(),
      ) || 1;
    await this.scale('canary', canaryReplicas(stable, weight));
    await this.rolloutStatus(this.deploymentOf('canary'));
  }

  async liveColour(): Promise<'blue' | 'green'> {
    const slot = (
      await this.run([...this.base(), 'get', 'service', this.config.service!, '-o', 'jsonpath={.spec.selector.slot}'])
    ).trim();
    return slot === 'green' ? 'green' : 'blue';
  }

  async rollback(step: { digest: string | undefined; track: Track }): Promise<void> {
    if (step.track === 'canary' || (step.track !== 'stable' && !step.digest)) {
      await this.scale(step.track, 0);
      return;
    }
    if (step.digest) {
      await this.setImage(step.track, step.digest);
      return;
    }
    await this.run([...this.base(), 'rollout', 'undo', `deployment/${this.deploymentOf(step.track)}`]);
    await this.rolloutStatus(this.deploymentOf(step.track));
  }

  healthUrls(track: Track): string[] {
    return this.config.healthUrls[track] ?? [];
  }
}

/** Canary pods for a traffic share: stable × p / (100 − p), at least one. */
export function canaryReplicas(stableReplicas: number, weight: number): number {
  return Math.max(1, Math.round((stableReplicas * weight) / (100 - Math.min(weight, 99))));
}
