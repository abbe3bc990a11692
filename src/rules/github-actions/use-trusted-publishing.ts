import { defineRule } from '../../core/rule.js';
import type { Job, Permissions, Step } from '../../domains/github-actions/index.js';

/**
 * Publish commands of registries that accept GitHub's OIDC token instead of a stored API token (trusted publishing):
 * npm, PyPI (twine, uv, poetry), crates.io, RubyGems and npm through bun. Line continuations are joined first.
 */
const PUBLISH =
  /\b(?:(?:npm|bun|pnpm|yarn)\s+publish|cargo(?:\s+\+\S+)?\s+publish|gem\s+push|twine\s+upload|uv\s+publish|poetry\s+publish)\b[^\n;&|]*/g;

function grantsIdToken(permissions: Permissions | undefined): boolean | undefined {
  if (!permissions) return undefined;
  if (permissions.kind === 'write-all') return true;
  return permissions.scopes.get('id-token')?.level === 'write';
}

function publishCommand(step: Step): { command: string; offset: number } | undefined {
  const script = step.run?.value;
  if (!script) return undefined;
  const joined = script.replace(/\\\r?\n\s*/g, (match) => ' '.repeat(match.length));
  for (const match of joined.matchAll(PUBLISH)) {
    if (/--dry-run\b|\s-n\b/.test(match[0])) continue;
    return { command: match[0].trim().replace(/\s+/g, ' '), offset: match.index };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'gha/use-trusted-publishing',
    domain: 'github-actions',
    description:
      "Publishing to npm, PyPI, crates.io or RubyGems from a workflow should use trusted publishing (the job's OIDC token), not a stored API token.",
    category: 'security',
    defaultSeverity: 'note',
    recommended: true,
    securitySeverity: 3.0,
    messages: {
      token:
        '`{{command}}` publishes without `id-token: write`, so it needs a long-lived registry token in a secret: set up trusted publishing for this workflow and grant `id-token: write` to this job instead.',
    },
    equivalents: { zizmor: ['use-trusted-publishing'], pipefort: ['cicd-sec-2-use-trusted-publishing'] },
  },
  create(context) {
    return {
      job(job: Job) {
        if (grantsIdToken(job.permissions) ?? grantsIdToken(job.workflow.permissions)) return;
        // GitHub Packages takes the job's GITHUB_TOKEN, not a stored token: trusted publishing is not its concern.
        const githubPackages = job.steps.some((step) =>
          String(step.with?.get('registry-url')?.value ?? '').includes('npm.pkg.github.com'),
        );
        for (const step of job.steps) {
          const found = publishCommand(step);
          if (!found || (githubPackages && /^(?:npm|bun|pnpm|yarn) /.test(found.command))) continue;
          context.report({
            at: job.workflow.context.atValue(step.run!, found.offset, found.offset + found.command.length),
            messageId: 'token',
            data: { command: found.command },
          });
        }
      },
    };
  },
});
