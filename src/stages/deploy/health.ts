import { redactUrl, redactUrlsIn } from '../../core/redact.js';
import { request as httpRequest } from 'node:http';
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
export async function probe(
  url: string,
  options: HealthCheckOptions,
  wait: Sleep = sleep,
): Promise<{ ok: boolean; detail: string }> {
  let streak = 0;
  let last = 'no answer';
  for (let attempt = 1; attempt <= options.retries; attempt++) {
    try {
      const { status, body } = await get(url, options.timeoutMs);
      const healthy = options.expectStatus(status) && (!options.expectBody || body.includes(options.expectBody));
      last = `HTTP ${status}${healthy ? '' : options.expectBody && !body.includes(options.expectBody) ? ' without the expected body' : ''}`;
      streak = healthy ? streak + 1 : 0;
      if (streak >= options.successThreshold)
        return { ok: true, detail: `${redactUrl(url)}: ${last} (${attempt} attempt${attempt === 1 ? '' : 's'})` };
    } catch (error) {
      streak = 0;
      last =
        error instanceof Error && error.name === 'TimeoutError'
          ? `timed out after ${options.timeoutMs} ms`
          : describeFetchError(error);
    }
    if (attempt < options.retries) await wait(options.intervalMs);
  }
  return {
    ok: false,
    detail: `${redactUrl(url)}: unhealthy after ${options.retries} attempts (last: ${redactUrlsIn(last)})`,
  };
}

/**
 * GETs a URL; `unix:/path/app.sock:/healthz` (nginx's notation) reaches a service on a unix socket, which is how
 * blue-green colours are checked before they take traffic.
 */
export async function get(url: string, timeoutMs: number): Promise<{ status: number; body: string }> {
  const unix = /^unix:(\/[^:]+):(\/.*)$/.exec(url);
  if (!unix) {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    return { status: response.status, body: await response.text() };
  }
  return new Promise((resolve, reject) => {
    const request = httpRequest({ socketPath: unix[1], path: unix[2], timeout: timeoutMs }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { name: 'TimeoutError' })));
    request.on('error', reject);
    request.end();
  });
}

function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = (error as { code?: string })?.code;
  return cause?.code ?? cause?.message ?? code ?? (error instanceof Error ? error.message : String(error));
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
