import type { Sleep } from '../health.js';
import type { DeployRequest, Driver, StepName, StepRecord, Track, Verifier } from '../types.js';

/** A verification failed and the strategy has put the last good version back. */
export class RolledBack extends Error {}

/** Records each step with its timing; strategies call it for everything they do. */
export class StepLog {
  readonly steps: StepRecord[] = [];

  async run<T>(name: StepName, detail: string, action: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      const value = await action();
      this.steps.push({ name, detail, ms: Math.round(performance.now() - started), ok: true });
      return value;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.steps.push({ name, detail: `${detail}: ${reason}`, ms: Math.round(performance.now() - started), ok: false });
      throw error;
    }
  }

  /** Runs a verification; a failed one is recorded and returned, not thrown. */
  async verify(
    verifier: Verifier,
    track: Track,
    urls: string[],
    detail: string,
  ): Promise<{ ok: boolean; detail: string }> {
    const started = performance.now();
    const result = await verifier.verify(track, urls);
    this.steps.push({
      name: 'verify',
      detail: `${detail}: ${result.detail}`,
      ms: Math.round(performance.now() - started),
      ok: result.ok,
    });
    return result;
  }
}

export interface StrategyContext {
  request: DeployRequest;
  driver: Driver;
  verifier: Verifier;
  log: StepLog;
  sleep: Sleep;
}

/**
 * Runs the undo, then checks that the previous version answers again. If the undo fails, or the restored version
 * is not healthy, the deploy has failed (not rolled back) and the reason says both.
 */
export async function undo(context: StrategyContext, why: string, action: () => Promise<void>): Promise<never> {
  const { request, driver, verifier, log } = context;
  try {
    await log.run('rollback', `restoring ${request.previousDigest ?? 'the previous state'}`, action);
  } catch (error) {
    throw new Error(`${why}; rollback failed too: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (request.previousDigest) {
    const restored = await log.verify(verifier, 'stable', driver.healthUrls('stable'), 'after rollback');
    if (!restored.ok) throw new Error(`${why}; after rollback the service is still unhealthy: ${restored.detail}`);
  }
  throw new RolledBack(why);
}

/** Runs a step that changes the target; if it fails, the change is undone before the failure is reported. */
export async function changeOrUndo(
  context: StrategyContext,
  name: StepName,
  detail: string,
  action: () => Promise<void>,
  undoAction: () => Promise<void>,
): Promise<void> {
  try {
    await context.log.run(name, detail, action);
  } catch (error) {
    await undo(
      context,
      `${name} ${detail} failed: ${error instanceof Error ? error.message : String(error)}`,
      undoAction,
    );
  }
}
