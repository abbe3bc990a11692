import { changeOrUndo, undo, type StrategyContext } from './context.js';

/** Replaces the fleet batch by batch, verifying after each; a failure rolls the updated batches back, newest first. */
export async function runRolling(context: StrategyContext, strategy: { batches: number }): Promise<void> {
  const { request, driver, verifier, log } = context;
  const count = Math.max(1, strategy.batches);
  const rollBackThrough = (index: number) => async (): Promise<void> => {
    for (let back = index; back >= 0; back--) {
      await driver.rollback({ digest: request.previousDigest, track: 'stable', batch: { index: back, count } });
    }
  };
  for (let index = 0; index < count; index++) {
    const batch = { index, count };
    const label = `batch ${index + 1}/${count}`;
    await changeOrUndo(
      context,
      'deploy',
      label,
      () => driver.deploy({ digest: request.digest, track: 'stable', batch }),
      rollBackThrough(index),
    );
    const result = await log.verify(verifier, 'stable', batchSlice(driver.healthUrls('stable'), index, count), label);
    if (!result.ok) await undo(context, `${label} failed verification: ${result.detail}`, rollBackThrough(index));
  }
}

/**
 * The health URLs of one batch: the list split into `count` contiguous groups, so each batch verifies the instances
 * it replaced. With fewer URLs than batches, every batch verifies all of them.
 */
export function batchSlice(urls: string[], index: number, count: number): string[] {
  if (urls.length < count) return urls;
  const start = Math.floor((index * urls.length) / count);
  const end = Math.floor(((index + 1) * urls.length) / count);
  return urls.slice(start, end);
}
