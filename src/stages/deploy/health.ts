import type { Track, Verifier } from './types.js';

export interface HealthCheckOptions {
  /** Attempts per URL before giving up. */
  retries: number;
  intervalMs: number;
  /** Per-request timeout. */
  timeoutMs: number;
  /** Consecutive good answers needed per URL (guards against one lucky answer from a flapping service). */
  successThreshold: number;
  /** Status codes that count as healthy. */
  expectStatus: (status: number) => boolean;
  /** Optional text the body must contain. */
  expectBody?: string;
}

export const DEFAULT_HEALTH: HealthCheckOptions = {
  retries: 10,
  intervalMs: 1000,
  timeoutMs: 3000,
  successThreshold: 2,
  expectStatus: (status) => status >= 200 && status < 400,
};

export type Sleep = (ms: number) => Promise<void>;
export const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Probes one URL until it answers healthy `successThreshold` times in a row or the retries run out. */
export async function probe(url: string, options: HealthCheckOptions, wait: Sleep = sleep): Promise<{ ok: boolean; detail: string }> {
  let streak = 0;
  let last = 'no answer';
  for (let attempt = 1; attempt <= options.retries; attempt++) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), redirect: 'manual' });
      const body = options.expectBody ? await response.text() : (await response.body?.cancel(), '');
      const healthy = options.expectStatus(response.status) && (!options.expectBody || body.includes(options.expectBody));
      last = `HTTP ${response.status}${healthy ? '' : options.expectBody && !body.includes(options.expectBody) ? ' without the expected body' : ''}`;
      streak = healthy ? streak + 1 : 0;
      if (streak >= options.successThreshold) return { ok: true, detail: `${url}: ${last} (${attempt} attempt${attempt === 1 ? '' : 's'})` };
    } catch (error) {
      streak = 0;
      last = error instanceof Error && error.name === 'TimeoutError' ? `timed out after ${options.timeoutMs} ms` : describeFetchError(error);
    }
    if (attempt < options.retries) await wait(options.intervalMs);
  }
  return { ok: false, detail: `${url}: unhealthy after ${options.retries} attempts (last: ${last})` };
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** Verifies every URL of a track, then an optional verify command. */
export function httpVerifier(
  options: HealthCheckOptions,
  command?: (track: Track) => Promise<{ ok: boolean; detail: string }>,
  wait: Sleep = sleep,
): Verifier {
  return {
    async verify(track, urls) {
      const details: string[] = [];
      for (const url of urls) {
        const result = await probe(url, options, wait);
        details.push(result.detail);
        if (!result.ok) return { ok: false, detail: details.join('; ') };
      }
      if (command) {
        const result = await command(track);
        details.push(result.detail);
        if (!result.ok) return { ok: false, detail: details.join('; ') };
      }
      return { ok: true, detail: details.join('; ') || 'no health checks configured' };
    },
  };
}
