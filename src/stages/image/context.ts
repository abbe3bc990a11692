import { execFileSync } from 'node:child_process';

export interface CommitContext {
  sha?: string;
  ref?: string;
  source?: string;
  created?: string;
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return (
      execFileSync('git', ['-C', cwd, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 10_000,
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/**
 * The commit being built, from GitHub's or GitLab's variables, else from git. `created` is the commit time
 * (or SOURCE_DATE_EPOCH) — never the wall clock — so rebuilding a commit gives the same image digest.
 */
export function commitContext(env: NodeJS.ProcessEnv, cwd: string): CommitContext {
  const sha = env.GITHUB_SHA || env.CI_COMMIT_SHA || git(cwd, ['rev-parse', 'HEAD']);
  let ref = env.GITHUB_REF;
  if (!ref && env.CI_COMMIT_TAG) ref = `refs/tags/${env.CI_COMMIT_TAG}`;
  else if (!ref && env.CI_MERGE_REQUEST_IID) ref = `refs/pull/${env.CI_MERGE_REQUEST_IID}/merge`;
  else if (!ref && env.CI_COMMIT_BRANCH) ref = `refs/heads/${env.CI_COMMIT_BRANCH}`;
  else if (!ref) {
    const branch = git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']);
    if (branch) ref = `refs/heads/${branch}`;
  }
  const source = env.GITHUB_REPOSITORY
    ? `${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`
    : env.CI_PROJECT_URL || undefined;
  let created: string | undefined;
  if (env.SOURCE_DATE_EPOCH && /^\d+$/.test(env.SOURCE_DATE_EPOCH)) {
    created = new Date(Number(env.SOURCE_DATE_EPOCH) * 1000).toISOString().replace(/\.000Z$/, 'Z');
  } else if (sha) {
    const time = git(cwd, ['show', '-s', '--format=%ct', sha]);
    if (time && /^\d+$/.test(time)) created = new Date(Number(time) * 1000).toISOString().replace(/\.000Z$/, 'Z');
  }
  return { sha, ref, source, created };
}
