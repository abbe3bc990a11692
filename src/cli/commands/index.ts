import type { Command } from '../command.js';

/**
 * A command as `shipshape --help` lists it. Its module (and everything that module imports: registry clients, the
 * SBOM writer, deploy strategies, …) is loaded only when the command runs, which keeps start-up to what runs.
 */
export interface CommandEntry {
  name: string;
  /** One line for `shipshape --help`; the same text as the command's own `summary`. */
  summary: string;
  load: () => Promise<Command>;
}

/** Every CLI command. Stage commands (used by GitLab jobs and composite actions) are listed here too. */
export const COMMANDS: CommandEntry[] = [
  {
    name: 'check',
    summary:
      'Review GitHub workflows and actions, GitLab CI, Dockerfiles, Kubernetes manifests and Terraform under the given paths (`-`: standard input).',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'fix',
    summary:
      'Apply automatic fixes (safe ones by default) to workflows and other checked files, keeping comments and layout.',
    load: async () => (await import('./fix.js')).fixCommand,
  },
  {
    name: 'rules',
    summary: 'List every rule with its metadata (--format json for tools).',
    load: async () => (await import('./rules.js')).rulesCommand,
  },
  {
    name: 'explain',
    summary: 'Show what a rule checks, its peers and where its documentation lives.',
    load: async () => (await import('./explain.js')).explainCommand,
  },
  {
    name: 'cache-plan',
    summary: 'Detect package managers from lockfiles and compute dependency cache keys, paths and restore keys.',
    load: async () => (await import('./cache-plan.js')).cachePlanCommand,
  },
  {
    name: 'image-tags',
    summary: "Compute an image's tags (commit SHA, branch, semver) and OCI labels; writes them as stage outputs.",
    load: async () => (await import('./image-tags.js')).imageTagsCommand,
  },
  {
    name: 'build',
    summary:
      'Build an image once per commit (buildah or docker buildx), tag it by commit SHA and push it; outputs the digest.',
    load: async () => (await import('./build.js')).buildCommand,
  },
  {
    name: 'registry',
    summary: 'Resolve digests, list tags, promote a digest to an environment tag and roll it back (OCI registry API).',
    load: async () => (await import('./registry.js')).registryCommand,
  },
  {
    name: 'release',
    summary:
      'Give a scanned image digest its release tags (commit SHA, branch or semver, latest) without rebuilding it.',
    load: async () => (await import('./release.js')).releaseCommand,
  },
  {
    name: 'security-gate',
    summary:
      'Merge check findings, a secrets scan and scanner reports (SARIF, trivy, grype, npm audit, …) into one gate and one SARIF.',
    load: async () => (await import('./security-gate.js')).securityGateCommand,
  },
  {
    name: 'secrets-scan',
    summary:
      'Look for committed credentials (GitHub, GitLab, AWS, Slack, npm tokens, private keys, high-entropy assignments).',
    load: async () => (await import('./secrets-scan.js')).secretsScanCommand,
  },
  {
    name: 'sbom',
    summary: 'Write a CycloneDX SBOM (JSON) of an npm project from its package-lock.json.',
    load: async () => (await import('./sbom.js')).sbomCommand,
  },
  {
    name: 'deploy',
    summary: 'Deploy an image digest with a strategy, verify it, and roll back by itself when it is unhealthy.',
    load: async () => (await import('./deploy.js')).deployCommand,
  },
  {
    name: 'rollback',
    summary: 'Roll an environment back to the previous release (or a given digest) and verify it.',
    load: async () => (await import('./deploy.js')).rollbackCommand,
  },
  {
    name: 'notify',
    summary: 'Post a Slack-compatible message about the run to a webhook (the failure-notification job).',
    load: async () => (await import('./notify.js')).notifyCommand,
  },
];
