import { defineRule } from '../../core/rule.js';
import type { Step, Workflow } from '../../domains/github-actions/index.js';
import { actionOf, publishes, releaseTrigger, withValue } from './support/security.js';

const TRUE = /^(?:true|yes|on|1)$/i;
const FALSE = /^(?:false|no|off|0)$/i;

/**
 * A cache switch of an action's inputs: `on` when set to a true-ish value (or unset and `defaultOn`), `expression`
 * when a `${{ }}` decides at run time (so it may be on in the release), else undefined.
 */
function toggle(step: Step, name: string, defaultOn: boolean): 'on' | 'expression' | undefined {
  const value = withValue(step, name);
  if (value === undefined) return defaultOn ? 'on' : undefined;
  if (value.includes('${{')) return 'expression';
  if (TRUE.test(value.trim())) return 'on';
  return defaultOn && !FALSE.test(value.trim()) ? 'on' : undefined;
}

/** `with \`name: …\`` for messages: what turned the cache on. */
function by(
  action: string,
  name: string,
  state: 'on' | 'expression' | undefined,
  defaultText: string,
): string | undefined {
  if (state === undefined) return undefined;
  if (state === 'expression') return `\`${action}\` with \`${name}\` set by an expression (it may be on in this run)`;
  return defaultText;
}

/** Why a step restores a cache, or undefined when it does not. */
function cacheOf(step: Step, packageManager: () => boolean): string | undefined {
  const action = actionOf(step);
  if (!action) return undefined;
  switch (action) {
    case 'actions/setup-node': {
      const cache = withValue(step, 'cache');
      if (cache) return `\`${action}\` with \`cache: ${cache}\``;
      const explicit = withValue(step, 'package-manager-cache');
      if (explicit !== undefined && (explicit.includes('${{') || TRUE.test(explicit.trim()))) {
        return by(
          action,
          'package-manager-cache',
          toggle(step, 'package-manager-cache', false),
          `\`${action}\` with \`package-manager-cache: true\``,
        );
      }
      // v5+ caches on its own when package.json names a package manager, unless told not to.
      const major = /^v?(\d+)/.exec(step.uses?.commentVersion ?? step.uses?.ref ?? '')?.[1];
      if (major === undefined || Number(major) < 5 || withValue(step, 'package-manager-cache') === 'false')
        return undefined;
      return packageManager()
        ? `\`${action}\` (v5+ caches automatically for the \`packageManager\` in package.json; set \`package-manager-cache: false\`)`
        : undefined;
    }
    case 'actions/cache':
    case 'actions/cache/restore':
      return `\`${action}\``;
    case 'actions/setup-python':
    case 'actions/setup-java': {
      const cache = withValue(step, 'cache');
      if (cache?.includes('${{')) return by(action, 'cache', 'expression', '');
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
      return TRUE.test(withValue(step, 'bundler-cache') ?? '')
        ? '`ruby/setup-ruby` with `bundler-cache: true`'
        : undefined;
    case 'astral-sh/setup-uv':
      return TRUE.test(withValue(step, 'enable-cache') ?? '')
        ? '`astral-sh/setup-uv` with `enable-cache: true`'
        : undefined;
    case 'swatinem/rust-cache':
      // `lookup-only` checks for an entry without restoring it.
      return TRUE.test(withValue(step, 'lookup-only') ?? '') ? undefined : '`Swatinem/rust-cache`';
    case 'pyo3/maturin-action':
      return by(
        'PyO3/maturin-action',
        'sccache',
        toggle(step, 'sccache', false),
        '`PyO3/maturin-action` with `sccache` on',
      );
    case 'ramsey/composer-install':
      // Caches the Composer downloads unless `ignore-cache` is set.
      return withValue(step, 'ignore-cache')?.includes('${{')
        ? by(action, 'ignore-cache', 'expression', '')
        : TRUE.test(withValue(step, 'ignore-cache') ?? '')
          ? undefined
          : '`ramsey/composer-install` (caches unless `ignore-cache: true`)';
    case 'docker/setup-buildx-action':
      // Caches the Buildx binary it downloads when a `version` is asked for (`cache-binary` is on by default).
      return withValue(step, 'version') === undefined
        ? undefined
        : by(
            action,
            'cache-binary',
            toggle(step, 'cache-binary', true),
            '`docker/setup-buildx-action` with `version` (caches the downloaded binary unless `cache-binary: false`)',
          );
    default:
      return undefined;
  }
}

export default defineRule({
  meta: {
    id: 'gha/cache-poisoning',
    domain: 'github-actions',
    description:
      'Release and publish jobs must not restore caches: any workflow run on the default branch can write a cache entry the release then trusts.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      release:
        '{{cache}} restores a cache in a workflow triggered by {{trigger}}: a poisoned entry written by any other run would ship in the release. Build releases without caches.',
      publish:
        '{{cache}} restores a cache in a job that publishes: a poisoned entry written by any other run would be published. Build published artifacts without caches.',
    },
    equivalents: { zizmor: ['cache-poisoning'], pipefort: ['cicd-sec-4-cache-poisoning-release'] },
  },
  create(context) {
    let hasPackageManager: boolean | undefined;
    const packageManager = (): boolean => {
      if (hasPackageManager !== undefined) return hasPackageManager;
      try {
        const json = JSON.parse(context.readFile('package.json') ?? '{}') as {
          packageManager?: unknown;
          devEngines?: { packageManager?: unknown };
        };
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
            context.report({
              at: step.uses!,
              messageId: trigger ? 'release' : 'publish',
              data: { cache, trigger: trigger ?? '' },
            });
          }
        }
      },
    };
  },
});
