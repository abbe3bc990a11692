import type { Fix } from '../core/finding.js';
import { parseUses } from '../data/github-actions/actions.js';
import type { Facts } from '../rules/github-actions/support/facts.js';

/** Resolves an action's tag or branch to a commit SHA. */
export interface RefResolver {
  resolve(owner: string, repo: string, ref: string): Promise<string | undefined>;
}

/**
 * A resolver over GitHub's REST API (`GET /repos/{owner}/{repo}/commits/{ref}` with the `sha` media type), on
 * plain fetch: the CLI runs outside GitHub too, and only src/actions/** may import @actions/*. The action
 * entrypoints can pass an @actions/github-based resolver with the same interface.
 */
export function restResolver(options: { baseUrl?: string; token?: string; fetch?: typeof fetch } = {}): RefResolver {
  const baseUrl = (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const cache = new Map<string, Promise<string | undefined>>();
  return {
    resolve(owner, repo, ref) {
      const key = `${owner}/${repo}@${ref}`.toLowerCase();
      let hit = cache.get(key);
      if (!hit) {
        hit = (async () => {
          const headers: Record<string, string> = {
            accept: 'application/vnd.github.sha',
            'user-agent': 'shipshape',
            'x-github-api-version': '2022-11-28',
          };
          if (options.token) headers.authorization = `Bearer ${options.token}`;
          const url = `${baseUrl}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/commits/${encodeURIComponent(ref)}`;
          const response = await doFetch(url, { headers });
          if (!response.ok) return undefined;
          const sha = (await response.text()).trim();
          return /^[0-9a-f]{40}$/.test(sha) ? sha : undefined;
        })();
        cache.set(key, hit);
      }
      return hit;
    },
  };
}

/** Pins every `owner/repo[/path]@tag` of steps and reusable-workflow calls to its SHA, keeping the tag as a comment. */
export async function pinFixes(facts: Facts, resolver: RefResolver, problems: string[]): Promise<Fix[]> {
  const fixes: Fix[] = [];
  const { text } = facts.file;
  const targets = facts.jobs.flatMap((job) => [
    ...(job.uses ? [job.uses] : []),
    ...job.steps.flatMap((step) => (step.uses ? [step.uses] : [])),
  ]);
  for (const node of targets) {
    if (typeof node.value !== 'string' || !node.range || node.value.includes('${{')) continue;
    const uses = parseUses(node.value);
    if (!uses || /^[0-9a-f]{40}$/i.test(uses.ref)) continue;
    const [owner, repo] = node.value.slice(0, node.value.lastIndexOf('@')).split('/');
    if (!owner || !repo) continue;
    let sha: string | undefined;
    try {
      sha = await resolver.resolve(owner, repo, uses.ref);
    } catch (error) {
      problems.push(`${node.value}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (!sha) {
      problems.push(`${node.value}: cannot resolve "${uses.ref}"`);
      continue;
    }
    const [start, end] = node.range;
    const source = text.slice(start, end);
    const at = source.lastIndexOf(uses.ref);
    const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    const hasComment = text.slice(end, lineEnd).includes('#');
    const edits = [{ start: start + at, end: start + at + uses.ref.length, text: sha }];
    if (!hasComment) edits.push({ start: end, end, text: ` # ${uses.ref}` });
    fixes.push({ description: `pin ${node.value} to ${sha}`, safe: true, edits });
  }
  return fixes;
}
