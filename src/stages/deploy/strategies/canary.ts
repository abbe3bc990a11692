import { changeOrUndo, undo, type StrategyContext } from './context.js';

/**
 * Runs the new digest beside the stable one, raises its traffic share step by step with a pause and a verification
 * at each, then promotes it to stable and retires the canary. Any failure sends all traffic back to stable.
 */
export async function runCanary(
  context: StrategyContext,
  strategy: { steps: number[]; pauseSeconds: number },
): Promise<void> {
  const { request, driver, verifier, log, sleep } = context;
  const retireCanary = async (): Promise<void> => {
    await driver.route('canary', 0);
    await driver.rollback({ digest: undefined, track: 'canary' });
  };
  await changeOrUndo(
    context,
    'deploy',
    'canary',
    () => driver.deploy({ digest: request.digest, track: 'canary' }),
    retireCanary,
  );
  const first = await log.verify(verifier, 'canary', driver.healthUrls('canary'), 'canary before traffic');
  if (!first.ok) await undo(context, `canary failed verification before taking traffic: ${first.detail}`, retireCanary);

  for (const weight of strategy.steps) {
    await changeOrUndo(context, 'switch', `canary at ${weight}%`, () => driver.route('canary', weight), retireCanary);
    if (strategy.pauseSeconds > 0)
      await log.run('pause', `${strategy.pauseSeconds}s at ${weight}%`, () => sleep(strategy.pauseSeconds * 1000));
    const result = await log.verify(verifier, 'canary', driver.healthUrls('canary'), `canary at ${weight}%`);
    if (!result.ok) await undo(context, `canary failed verification at ${weight}%: ${result.detail}`, retireCanary);
  }

  const restoreStable = async (): Promise<void> => {
    await driver.rollback({ digest: request.previousDigest, track: 'stable' });
    await retireCanary();
  };
  await changeOrUndo(
    context,
    'promote',
    'stable',
    () => driver.deploy({ digest: request.digest, track: 'stable' }),
    restoreStable,
  );
  const stable = await log.verify(verifier, 'stable', driver.healthUrls('stable'), 'stable after promotion');
  if (!stable.ok) await undo(context, `stable failed verification after promotion: ${stable.detail}`, restoreStable);
  await log.run('switch', 'retire canary', retireCanary);
}
