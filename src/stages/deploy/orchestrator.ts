import type { DeployRecord, DeployRequest, Driver, Verifier } from './types.js';
import { sleep as realSleep, type Sleep } from './health.js';
import { RolledBack, StepLog, type StrategyContext } from './strategies/context.js';
import { runBlueGreen } from './strategies/blue-green.js';
import { runCanary } from './strategies/canary.js';
import { runRolling } from './strategies/rolling.js';

/**
 * Deploys the digest with the requested strategy, verifies it, and either keeps it or puts the previous digest
 * back. Never throws for a failed deploy: the record says what happened, so the caller can notify and exit.
 */
export async function runDeploy(
  request: DeployRequest,
  driver: Driver,
  verifier: Verifier,
  options: { sleep?: Sleep; now?: () => Date } = {},
): Promise<DeployRecord> {
  const started = performance.now();
  const startedAt = (options.now ?? (() => new Date()))().toISOString();
  const log = new StepLog();
  const context: StrategyContext = { request, driver, verifier, log, sleep: options.sleep ?? realSleep };
  const record = (result: DeployRecord['result'], reason?: string): DeployRecord => ({
    environment: request.environment,
    image: request.image,
    digest: request.digest,
    previousDigest: request.previousDigest,
    strategy: request.strategy.kind,
    driver: driver.name,
    result,
    ...(reason ? { reason } : {}),
    startedAt,
    durationMs: Math.round(performance.now() - started),
    steps: log.steps,
  });
  try {
    if (request.strategy.kind === 'rolling') await runRolling(context, request.strategy);
    else if (request.strategy.kind === 'blue-green') await runBlueGreen(context);
    else await runCanary(context, request.strategy);
    return record('succeeded');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return record(error instanceof RolledBack ? 'rolled-back' : 'failed', reason);
  }
}

/**
 * A manual rollback: puts `request.digest` (the version to return to) back on the stable track and verifies it.
 * The previous digest is what was serving before, for the record.
 */
export async function runRollback(request: DeployRequest, driver: Driver, verifier: Verifier): Promise<DeployRecord> {
  const started = performance.now();
  const log = new StepLog();
  let result: DeployRecord['result'] = 'succeeded';
  let reason: string | undefined;
  try {
    await log.run('rollback', `stable → ${request.digest}`, () => driver.rollback({ digest: request.digest, track: 'stable' }));
    const verified = await log.verify(verifier, 'stable', driver.healthUrls('stable'), 'after rollback');
    if (!verified.ok) {
      result = 'failed';
      reason = `the restored version is unhealthy: ${verified.detail}`;
    }
  } catch (error) {
    result = 'failed';
    reason = error instanceof Error ? error.message : String(error);
  }
  return {
    environment: request.environment,
    image: request.image,
    digest: request.digest,
    previousDigest: request.previousDigest,
    strategy: request.strategy.kind,
    driver: driver.name,
    result,
    ...(reason ? { reason } : {}),
    startedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    steps: log.steps,
  };
}
