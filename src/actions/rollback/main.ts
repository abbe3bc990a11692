import * as core from '@actions/core';
import { executeRollback } from '../../stages/deploy/run.js';
import { readRollbackConfig } from '../deploy/inputs.js';
import { publish } from '../deploy/publish.js';

export async function run(): Promise<void> {
  const config = readRollbackConfig();
  const outcome = await executeRollback(config, {
    env: process.env,
    cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
    log: (line) => core.info(line),
  });
  await publish(outcome, 'rollback');
}
