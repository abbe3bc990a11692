import * as cache from '@actions/cache';
import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { describeError } from '../../core/errors.js';
import { planCache, type CacheEntry } from '../../stages/cache/plan.js';
import { readContext } from './inputs.js';

interface Saved {
  key: string;
  paths: string[];
  hit: boolean;
}

/** Main step: plan the caches, restore them, install dependencies. */
export async function run(): Promise<void> {
  const context = readContext();
  const started = performance.now();
  const plan: CacheEntry[] = planCache({ dir: context.dir });
  core.info(
    `Cache plan computed in ${(performance.now() - started).toFixed(1)} ms: ${plan.map((e) => e.tool).join(', ') || 'no lockfile found'}`,
  );
  const saved: Saved[] = [];
  let allHit = plan.length > 0;
  if (context.cache && plan.length > 0) {
    if (!cache.isFeatureAvailable()) {
      core.warning('The Actions cache service is not available here: continuing without a dependency cache.');
      allHit = false;
    } else {
      for (const entry of plan) {
        let restored: string | undefined;
        try {
          restored = await cache.restoreCache(entry.paths, entry.key, entry.restoreKeys);
        } catch (error) {
          core.warning(`Restoring the ${entry.tool} cache failed: ${describeError(error)}`);
        }
        const hit = restored === entry.key;
        allHit &&= hit;
        core.info(`${entry.tool}: ${restored ? `restored ${restored}` : 'no cache yet'} (key ${entry.key})`);
        saved.push({ key: entry.key, paths: entry.paths, hit });
      }
    }
  } else {
    allHit = false;
  }
  core.saveState('caches', JSON.stringify(saved));
  if (context.install) {
    const command = context.installCommand || plan[0]?.install;
    if (!command) {
      core.info('No lockfile found and no install-command given: nothing to install.');
    } else {
      // The install command is code, like a `run:` step: it runs as given, never built from other inputs.
      const code = await exec.exec('bash', ['-e', '-o', 'pipefail', '-c', command], {
        cwd: context.dir,
        ignoreReturnCode: true,
      });
      if (code !== 0) throw new Error(`dependency installation failed with exit code ${code}`);
    }
  }
  core.setOutput('tools', plan.map((entry) => entry.tool).join(','));
  core.setOutput('cache-key', plan[0]?.key ?? '');
  core.setOutput('cache-hit', String(allHit));
}

/** Post step: save every cache that was not an exact hit. */
export async function post(): Promise<void> {
  const saved = JSON.parse(core.getState('caches') || '[]') as Saved[];
  for (const entry of saved) {
    if (entry.hit) continue;
    try {
      await cache.saveCache(entry.paths, entry.key);
      core.info(`Saved cache ${entry.key}`);
    } catch (error) {
      core.warning(`Saving cache ${entry.key} failed: ${describeError(error)}`);
    }
  }
}
