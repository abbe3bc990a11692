import { defineRule, type RuleContext } from '../../core/rule.js';
import type { GhaModel, Uses } from '../../domains/github-actions/index.js';
import { forEachJobAndStep } from './support/each.js';

export type PinPolicy = 'sha' | 'tag' | 'any';

const DEFAULT_POLICIES: Record<string, PinPolicy> = { 'actions/*': 'tag', 'github/*': 'tag', '*': 'sha' };

/** Policies by lower-cased pattern, per policies object (one per configuration, shared by every file). */
const lowered = new WeakMap<Record<string, PinPolicy>, Map<string, PinPolicy>>();

/** The most specific policy for a repository: `owner/repo/path`, then `owner/repo`, then `owner/*`, then `*`. */
export function policyFor(policies: Record<string, PinPolicy>, uses: Uses): PinPolicy {
  const owner = uses.owner!.toLowerCase();
  const slug = uses.slug!;
  const full = uses.subPath ? `${slug}/${uses.subPath.toLowerCase()}` : slug;
  let lower = lowered.get(policies);
  if (!lower) {
    lower = new Map(Object.entries(policies).map(([pattern, policy]) => [pattern.toLowerCase(), policy]));
    lowered.set(policies, lower);
  }
  return lower.get(full) ?? lower.get(slug) ?? lower.get(`${owner}/*`) ?? lower.get('*') ?? 'sha';
}

/** The defaults merged with the configured policies, once per options object (the engine reuses it for every file). */
const merged = new WeakMap<object, Record<string, PinPolicy>>();

function policiesOf(options: Record<string, unknown>): Record<string, PinPolicy> {
  let policies = merged.get(options);
  if (!policies) {
    policies = { ...DEFAULT_POLICIES, ...((options.policies as Record<string, PinPolicy> | undefined) ?? {}) };
    merged.set(options, policies);
  }
  return policies;
}

/** The message data of a repository `uses:`, made only for a report. */
function dataOf(uses: Uses): Record<string, string> {
  return { uses: uses.value.trim(), ref: uses.ref ?? '' };
}

const DIGEST = /@sha256:[0-9a-f]{64}$/i;

function checkUses(
  context: RuleContext,
  policies: Record<string, PinPolicy>,
  dockerPolicy: PinPolicy,
  uses: Uses | undefined,
): void {
  if (!uses || uses.dynamic) return;
  if (uses.kind === 'docker' && uses.image) {
    const image = uses.image;
    if (DIGEST.test(image)) return;
    const name = image.slice(image.lastIndexOf('/') + 1);
    const tag = name.includes(':') ? name.slice(name.indexOf(':') + 1) : undefined;
    if (!tag || tag === 'latest') context.report({ at: uses, messageId: 'dockerUnpinned', data: { image } });
    else if (dockerPolicy === 'sha') context.report({ at: uses, messageId: 'dockerTag', data: { image } });
    return;
  }
  if (uses.kind !== 'repository' && !(uses.kind === 'invalid' && uses.slug)) return;
  if (uses.refKind === 'none') {
    context.report({ at: uses, messageId: 'unpinned', data: dataOf(uses) });
    return;
  }
  const policy = policyFor(policies, uses);
  if (policy === 'any' || uses.refKind === 'sha') return;
  if (uses.refKind === 'branch') context.report({ at: uses, messageId: 'branch', data: dataOf(uses) });
  else if (policy === 'sha') context.report({ at: uses, messageId: 'notSha', data: dataOf(uses) });
}

export default defineRule({
  meta: {
    id: 'gha/unpinned-uses',
    domain: 'github-actions',
    description:
      'Actions and reusable workflows must be pinned: third-party ones to a full commit SHA, first-party ones (`actions/*`, `github/*`) at least to a tag; never to a branch.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.5,
    messages: {
      unpinned: '"{{uses}}" names no version: pin it to a full commit SHA (`@<40 hex>  # vX.Y.Z`).',
      branch:
        '"{{uses}}" follows the branch "{{ref}}", so whoever pushes there changes what runs here: pin a full commit SHA (`# {{ref}}` as a comment).',
      notSha:
        '"{{uses}}" is pinned to "{{ref}}", which its owner can move: pin the full commit SHA it points to, keeping `# {{ref}}` as a comment.',
      dockerTag: 'Docker image "{{image}}" is pinned by tag, which can be re-pushed: pin its digest (`@sha256:…`).',
      dockerUnpinned: 'Docker image "{{image}}" has no tag or uses `latest`: pin a digest (`@sha256:…`).',
    },
    equivalents: {
      zizmor: ['unpinned-uses'],
      scorecard: ['Pinned-Dependencies'],
      pipefort: ['cicd-sec-3-unpinned-action'],
    },
    defaultOptions: { policies: DEFAULT_POLICIES },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        policies: {
          description:
            'Pinning policy by `owner/repo[/path]`, `owner/*` or `*`: `sha` (full commit SHA), `tag` (a tag or SHA, no branch), `any` (any ref).',
          type: 'object',
          additionalProperties: { enum: ['sha', 'tag', 'any'] },
        },
      },
    },
  },
  create(context) {
    const policies = policiesOf(context.options);
    const dockerPolicy = policies['*'] ?? 'sha';
    return {
      exit(model: GhaModel) {
        forEachJobAndStep(
          model,
          (job) => checkUses(context, policies, dockerPolicy, job.uses),
          (step) => checkUses(context, policies, dockerPolicy, step.uses),
        );
      },
    };
  },
});
