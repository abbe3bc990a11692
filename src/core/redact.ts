/**
 * URLs as they may be printed: without user:password and without query string or fragment, where webhooks and
 * signed links carry their credentials (`https://user:pass@host/hook?token=…` → `https://host/hook`).
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactUrlsIn(url);
  }
  // unix:/run/app.sock:/healthz and the like carry no credentials of this kind.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
  return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' && !url.endsWith('/') ? '' : parsed.pathname}`;
}

/** Every http(s) URL inside a text (an error message, a log line) redacted as redactUrl does. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\bhttps?:\/\/[^\s"'<>`]+/gi, (match) => {
    // A sentence's closing punctuation is not part of the URL.
    const trailing = /[.,;:)\]]+$/.exec(match)?.[0] ?? '';
    const url = match.slice(0, match.length - trailing.length);
    const at = url.indexOf('@', url.indexOf('//') + 2);
    const slash = url.indexOf('/', url.indexOf('//') + 2);
    // Userinfo before the host (an `@` ahead of the first `/` after the scheme).
    const withoutUser =
      at !== -1 && (slash === -1 || at < slash) ? `${url.slice(0, url.indexOf('//') + 2)}${url.slice(at + 1)}` : url;
    return `${withoutUser.replace(/[?#].*$/, '')}${trailing}`;
  });
}

/**
 * A URL with credentials in its userinfo split for fetch (which refuses such URLs, quoting them in the error):
 * the bare URL and a Basic Authorization header.
 */
export function splitCredentials(url: string): { url: string; headers: Record<string, string> } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, headers: {} };
  }
  if (!parsed.username && !parsed.password) return { url, headers: {} };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  return {
    url: parsed.href,
    headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
  };
}
