/**
 * Registry credentials come from the environment only, are sent only to the registry (or the token realm it
 * names) and never appear in messages: errors name the variables, never their values.
 */
export type Credentials =
  | { kind: 'anonymous' }
  | { kind: 'basic'; username: string; password: string; source: string }
  | { kind: 'bearer'; token: string; source: string };

/**
 * Where credentials are looked up, first match wins:
 * 1. `SHIPSHAPE_REGISTRY_TOKEN`: a ready bearer token (sent as is; also used as password in the token flow).
 * 2. `SHIPSHAPE_REGISTRY_USER` + `SHIPSHAPE_REGISTRY_PASSWORD`: basic credentials (sent directly when the registry
 *    asks for Basic, or to the token endpoint when it asks for Bearer).
 * 3. GitLab CI: `CI_REGISTRY_USER` + `CI_REGISTRY_PASSWORD` when the host is `CI_REGISTRY`.
 * 4. `ghcr.io`: `GITHUB_ACTOR` (or any name) + `GITHUB_TOKEN`.
 */
export function credentialsFromEnv(registry: string, env: NodeJS.ProcessEnv): Credentials {
  if (env.SHIPSHAPE_REGISTRY_TOKEN)
    return { kind: 'bearer', token: env.SHIPSHAPE_REGISTRY_TOKEN, source: 'SHIPSHAPE_REGISTRY_TOKEN' };
  if (env.SHIPSHAPE_REGISTRY_USER && env.SHIPSHAPE_REGISTRY_PASSWORD) {
    return {
      kind: 'basic',
      username: env.SHIPSHAPE_REGISTRY_USER,
      password: env.SHIPSHAPE_REGISTRY_PASSWORD,
      source: 'SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD',
    };
  }
  if (env.CI_REGISTRY && env.CI_REGISTRY === registry && env.CI_REGISTRY_USER && env.CI_REGISTRY_PASSWORD) {
    return {
      kind: 'basic',
      username: env.CI_REGISTRY_USER,
      password: env.CI_REGISTRY_PASSWORD,
      source: 'CI_REGISTRY_USER/CI_REGISTRY_PASSWORD',
    };
  }
  if (registry === 'ghcr.io' && env.GITHUB_TOKEN) {
    return { kind: 'basic', username: env.GITHUB_ACTOR || 'token', password: env.GITHUB_TOKEN, source: 'GITHUB_TOKEN' };
  }
  return { kind: 'anonymous' };
}

export function describeCredentials(credentials: Credentials): string {
  return credentials.kind === 'anonymous' ? 'no credentials' : `credentials from ${credentials.source}`;
}

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parses a `WWW-Authenticate` header: `Bearer realm="https://…/token",service="…",scope="repository:a:pull"`.
 * Quoted values may contain commas and escaped quotes.
 */
export function parseChallenge(header: string): Challenge | undefined {
  const match = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const pairs = /([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?\s*/gy;
  const text = match[2]!;
  pairs.lastIndex = 0;
  while (pairs.lastIndex < text.length) {
    const pair = pairs.exec(text);
    if (!pair) break;
    params[pair[1]!.toLowerCase()] = pair[2] !== undefined ? pair[2].replace(/\\(.)/g, '$1') : pair[3]!;
  }
  return { scheme: match[1]!.toLowerCase(), params };
}

export function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
