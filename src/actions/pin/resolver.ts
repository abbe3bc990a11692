import { getOctokit } from '@actions/github';
import type { RefResolver } from '../../fix/pin.js';

/**
 * The `--pin` resolver for code running inside a GitHub action: Octokit from @actions/github (which honours
 * GHES base URLs and proxies the runner configures). The CLI uses `restResolver` from src/fix/pin.ts on plain
 * fetch instead, because only src/actions/** may import @actions/*; both call the same endpoint.
 */
export function octokitResolver(token: string, options: { baseUrl?: string; fetch?: typeof fetch } = {}): RefResolver {
  const octokit = getOctokit(token, {
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
  });
  const cache = new Map<string, Promise<string | undefined>>();
  return {
    resolve(owner, repo, ref) {
      const key = `${owner}/${repo}@${ref}`.toLowerCase();
      let hit = cache.get(key);
      if (!hit) {
        hit = octokit.rest.repos
          .getCommit({ owner, repo, ref, mediaType: { format: 'sha' } })
          .then((response) => {
            // GitHub answers text/plain-like `…sha; charset=utf-8`; without a charset Octokit hands over bytes.
            const data: unknown = response.data;
            const text = data instanceof ArrayBuffer ? new TextDecoder().decode(data) : String(data);
            const sha = text.trim();
            return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
          })
          .catch((error: { status?: number }) => {
            if (error.status === 404 || error.status === 422) return undefined;
            throw error;
          });
        cache.set(key, hit);
      }
      return hit;
    },
  };
}
