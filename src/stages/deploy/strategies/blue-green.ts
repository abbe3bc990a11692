import { changeOrUndo, undo, type StrategyContext } from './context.js';

/**
 * Deploys to the idle colour, verifies it while the live colour keeps serving, switches all traffic in one step,
 * verifies again, and switches back if the new colour fails under real traffic.
 */
export async function runBlueGreen(context: StrategyContext): Promise<void> {
  const { request, driver, verifier, log } = context;
  const live = await log.run('deploy', 'find the live colour', () => driver.liveColour());
  const idle = live === 'blue' ? 'green' : 'blue';
  // Until the switch, traffic stays on the live colour: undoing only means taking the idle colour down.
  const takeIdleDown = () => driver.rollback({ digest: undefined, track: idle });
  await changeOrUndo(
    context,
    'deploy',
    `${idle} (idle)`,
    () => driver.deploy({ digest: request.digest, track: idle }),
    takeIdleDown,
  );
  const before = await log.verify(verifier, idle, driver.healthUrls(idle), `${idle} before switch`);
  if (!before.ok) await undo(context, `${idle} failed verification before the switch: ${before.detail}`, takeIdleDown);

  const switchBack = () => driver.route(live, 100);
  await changeOrUndo(context, 'switch', `${live} → ${idle}`, () => driver.route(idle, 100), switchBack);
  const after = await log.verify(verifier, 'stable', driver.healthUrls('stable'), `${idle} after switch`);
  if (!after.ok) await undo(context, `${idle} failed verification after the switch: ${after.detail}`, switchBack);
}
