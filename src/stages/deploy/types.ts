/** Where a version runs: the stable set, a canary beside it, or one colour of a blue-green pair. */
export type Track = 'stable' | 'canary' | 'blue' | 'green';

export type StrategyConfig =
  | { kind: 'rolling'; batches: number }
  | { kind: 'blue-green' }
  | { kind: 'canary'; steps: number[]; pauseSeconds: number };

export interface DeployRequest {
  environment: string;
  /** Image repository without tag, e.g. `ghcr.io/acme/app`. */
  image: string;
  /** The digest that passed the security gate (`sha256:…`). */
  digest: string;
  /** The last good digest, from the registry ledger (`<env>` tag before this deploy); undefined on a first deploy. */
  previousDigest: string | undefined;
  strategy: StrategyConfig;
}

export interface DeployStepInput {
  digest: string;
  track: Track;
  /** Rolling deploys: which part of the fleet, 0-based, of `count`. */
  batch?: { index: number; count: number };
}

/** What a deploy target must do; strategies only call these. */
export interface Driver {
  readonly name: string;
  deploy(step: DeployStepInput): Promise<void>;
  /** Send `weight` percent of traffic to `track` (100 to a colour for blue-green, p to a canary). */
  route(track: Track, weight: number): Promise<void>;
  /** The colour serving traffic now (blue-green); `blue` when nothing is deployed yet. */
  liveColour(): Promise<'blue' | 'green'>;
  /** Put `digest` back on `track` (undefined: take the track down, there was nothing before). */
  rollback(step: { digest: string | undefined; track: Track; batch?: { index: number; count: number } }): Promise<void>;
  /** Health URLs of a track, for verification. */
  healthUrls(track: Track): string[];
}

export interface Verifier {
  verify(track: Track, urls: string[]): Promise<{ ok: boolean; detail: string }>;
}

export type StepName = 'deploy' | 'verify' | 'switch' | 'promote' | 'rollback' | 'pause';

export interface StepRecord {
  name: StepName;
  detail: string;
  ms: number;
  ok: boolean;
}

export type DeployResult = 'succeeded' | 'rolled-back' | 'failed';

/** What every deploy leaves behind, in the job summary and as outputs. */
export interface DeployRecord {
  environment: string;
  image: string;
  digest: string;
  previousDigest: string | undefined;
  strategy: StrategyConfig['kind'];
  driver: string;
  result: DeployResult;
  /** Why it rolled back or failed. */
  reason?: string;
  /** How the environment's gate passed and who approved (GitHub environment gate). */
  approval?: { kind: string; by?: string; detail: string };
  startedAt: string;
  durationMs: number;
  steps: StepRecord[];
}
