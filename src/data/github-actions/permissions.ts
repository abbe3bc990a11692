/**
 * Permissions of the GITHUB_TOKEN each known action needs (from the actions' READMEs, snapshot 2026-11-24), for
 * `shipshape fix`'s least-privilege `permissions:` block. `{}` means the action needs no token scope beyond what
 * every job keeps (`metadata: read`). An action missing here makes the fix step back: the job is left untouched.
 */
export type Access = 'read' | 'write';
export type Permissions = Readonly<Record<string, Access>>;

export const ACTION_PERMISSIONS: Readonly<Record<string, Permissions>> = {
  'actions/checkout': { contents: 'read' },
  'actions/setup-node': {},
  'actions/setup-python': {},
  'actions/setup-go': {},
  'actions/setup-java': {},
  'actions/setup-dotnet': {},
  'actions/cache': {},
  'actions/cache/restore': {},
  'actions/cache/save': {},
  'actions/upload-artifact': {},
  'actions/download-artifact': { actions: 'read' },
  'actions/upload-pages-artifact': {},
  'actions/configure-pages': { pages: 'read' },
  'actions/deploy-pages': { pages: 'write', 'id-token': 'write' },
  'actions/attest-build-provenance': { 'id-token': 'write', attestations: 'write', contents: 'read' },
  'actions/labeler': { contents: 'read', 'pull-requests': 'write' },
  'actions/stale': { issues: 'write', 'pull-requests': 'write' },
  'actions/dependency-review-action': { contents: 'read' },
  'docker/setup-buildx-action': {},
  'docker/setup-qemu-action': {},
  'docker/metadata-action': {},
  'docker/build-push-action': {},
  'github/codeql-action/init': { 'security-events': 'write', contents: 'read', actions: 'read' },
  'github/codeql-action/autobuild': {},
  'github/codeql-action/analyze': { 'security-events': 'write', contents: 'read', actions: 'read' },
  'github/codeql-action/upload-sarif': { 'security-events': 'write', contents: 'read', actions: 'read' },
  'softprops/action-gh-release': { contents: 'write' },
  'peter-evans/create-pull-request': { contents: 'write', 'pull-requests': 'write' },
  'aws-actions/configure-aws-credentials': { 'id-token': 'write' },
  'google-github-actions/auth': { 'id-token': 'write' },
  'azure/login': { 'id-token': 'write' },
};

/** docker/login-action needs `packages: write` only when it logs in to ghcr.io with the job token. */
export function loginPermissions(registry: string | undefined, password: string | undefined): Permissions {
  if (
    registry?.trim().toLowerCase() === 'ghcr.io' &&
    password &&
    /github\.token|secrets\.github_token/i.test(password)
  ) {
    return { packages: 'write' };
  }
  return {};
}

/** Merges permission sets, write winning over read; sorted by scope. */
export function mergePermissions(sets: Permissions[]): Record<string, Access> {
  const out: Record<string, Access> = {};
  for (const set of sets) {
    for (const [scope, access] of Object.entries(set)) if (out[scope] !== 'write') out[scope] = access;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
