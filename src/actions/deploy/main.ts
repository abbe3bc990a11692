import * as core from '@actions/core';
import { executeDeploy } from '../../stages/deploy/run.js';
import { readDeployConfig } from './inputs.js';
import { publish } from './publish.js';

export async function run(): Promise<void> {
  const config = readDeployConfig();
  const outcome = await executeDeploy(config, { env: process.env, cwd: process.env.GITHUB_WORKSPACE || process.cwd(), log: (line) => core.info(line) });
  await publish(outcome, 'deploy');
}
