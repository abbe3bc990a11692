import { defineRule } from '../../core/rule.js';
import type { Step, Workflow } from '../../domains/github-actions/index.js';
import { actionOf, publishes, releaseTrigger, withValue } from './support/security.js';

const TRUE = /^(?:true|yes|on|1)$/i;

/** Why a step restores a cache, or undefined when it does not. */
function cacheOf(step: Step, packageManager: () => boolean): string | undefined {
  const action = actionOf(step);
  if (!action) return undefined;
  switch (action) {
    case 'actions/setup-node': {
      const cache = withValue(step, 'cache');
      if (cache) return `\`${action}\` with \`cache: ${cache}\``;
      // v5+ caches on its own when package.json names a package manager, unless told not to.
      const major = /^v?(\d+)/.exec(step.uses?.commentVersion ?? step.uses?.ref ?? '')?.[1];
      if (major === undefined || Number(major) < 5 || withValue(step, 'package-manager-cache') === 'false') return undefined;
      return packageManager() ? `\`${action}\` (v5+ caches automatically for the \`packageManager\` in package.json; set \`package-manager-cache: false\`)` : undefined;
    }
    case 'actions/cache':
    case 'actions/cache/restore':
      return `\`${action}\``;
    case 'actions/setup-python':
    case 'actions/setup-java': {
      const cache = withValue(step, 'cache');
      return cache && cache !== 'false' ? `\`${action}\` with \`cache: ${cache}\`` : undefined;
    }
    case 'actions/setup-dotnet':
      return TRUE.test(withValue(step, 'cache') ?? '') ? `\`${action}\` with \`cache: true\`` : undefined;
    case 'actions/setup-go': {
      const cache = withValue(step, 'cache');
      if (cache !== undefined) return TRUE.test(cache) ? `\`${action}\` with \`cache: true\`` : undefined;
      // Caching is on by default since v4.
      const major = /^v?(\d+)/.exec(step.uses?.commentVersion ?? step.uses?.ref ?? '')?.[1];
      return major === undefined || Number(major) >= 4 ? `\`${action}\` (caches by default since v4)` : undefined;
    }
    case 'ruby/setup-ruby':
      return TRUE.test(withValue(step, 'bundler-cache') ?? '') ? '`ruby/setup-ruby` with `bundler-cache: true`' : undefined;
    case 'astral-sh/setup-uv':
      return TRUE.test(withValue(step, 'enable-cache') ?? '') ? '`astral-sh/setup-uv` with `enable-cache: true`' : undefined;
    case 'swatinem/rust-cache':
      return '`Swatinem/rust-cache`';
    default:
      return undefined;
  }
}

export default defineRule({
  meta: {
    id: 'gha/cache-poisoning',
    domain: 'github-actions',
    description: 'Release and publish jobs must not restore caches: any workflow run on the default branch can write a cache entry the release then trusts.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      release: '{{cache}} restores a cache in a workflow triggered by {{trigger}}: a poisoned entry written by any other run would ship in the release. Build releases without caches.',
      publish: '{{cache}} restores a cache in a job that publishes: a poisoned entry written by any other run would be published. Build published artifacts without caches.',
    },
    equivalents: { zizmor: ['cache-poisoning'] },
  },
  create(context) {
    let hasPackageManager: boolean | undefined;
    const packageManager = (): boolean => {
      if (hasPackageManager !== undefined) return hasPackageManager;
      try {
        const json = JSON.parse(context.readFile('package.json') ?? '{}') as { packageManager?: unknown; devEngines?: { packageManager?: unknown } };
        hasPackageManager = json.packageManager !== undefined || json.devEngines?.packageManager !== undefined;
      } catch {
        hasPackageManager = false;
      }
      return hasPackageManager;
    };
    return {
      workflow(workflow: Workflow) {
        const trigger = releaseTrigger(workflow);
        for (const job of workflow.jobs) {
          const publishing = trigger === undefined && publishes(job);
          if (trigger === undefined && !publishing) continue;
          for (const step of job.steps) {
            const cache = cacheOf(step, packageManager);
            if (!cache) continue;
            context.report({ at: step.uses!, messageId: trigger ? 'release' : 'publish', data: { cache, trigger: trigger ?? '' } });
          }
        }
      },
    };
  },
});
