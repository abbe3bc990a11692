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
  const log = new StepLog();
  const context: StrategyContext = { request, driver, verifier, log, sleep: options.sleep ?? realSleep };
  const record = recorder(request, driver, log, options.now);
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
  const log = new StepLog();
  const record = recorder(request, driver, log);
  try {
    await log.run('rollback', `stable → ${request.digest}`, () =>
      driver.rollback({ digest: request.digest, track: 'stable' }),
    );
    const verified = await log.verify(verifier, 'stable', driver.healthUrls('stable'), 'after rollback');
    return verified.ok
      ? record('succeeded')
      : record('failed', `the restored version is unhealthy: ${verified.detail}`);
  } catch (error) {
    return record('failed', error instanceof Error ? error.message : String(error));
  }
}

/** Starts the clock and returns a function that closes a run into its record. */
function recorder(request: DeployRequest, driver: Driver, log: StepLog, now: () => Date = () => new Date()) {
  const started = performance.now();
  const startedAt = now().toISOString();
  return (result: DeployRecord['result'], reason?: string): DeployRecord => ({
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
}
