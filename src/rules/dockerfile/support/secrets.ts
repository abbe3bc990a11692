/** Recognisable credential formats, by issuer. Each pattern is specific enough to need no entropy check. */
export const TOKEN_PATTERNS: { kind: string; pattern: RegExp }[] = [
  { kind: 'GitHub token', pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,}\b/ },
  { kind: 'GitHub fine-grained token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,}\b/ },
  { kind: 'GitLab token', pattern: /\bgl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,}\b/ },
  { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/ },
  { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  {
    kind: 'Slack webhook',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]+/,
  },
  { kind: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { kind: 'Stripe live key', pattern: /\b[sr]k_live_[A-Za-z0-9]{20,}\b/ },
  { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { kind: 'private key', pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/ },
];

const GLOBAL_TOKEN_PATTERNS = TOKEN_PATTERNS.map(({ kind, pattern }) => ({
  kind,
  global: new RegExp(pattern.source, 'g'),
}));

export function findTokens(text: string): { kind: string; index: number; length: number }[] {
  const found: { kind: string; index: number; length: number }[] = [];
  for (const { kind, global } of GLOBAL_TOKEN_PATTERNS) {
    // matchAll scans a copy of the expression: the shared one keeps lastIndex 0.
    for (const match of text.matchAll(global)) found.push({ kind, index: match.index, length: match[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

export function looksLikeToken(value: string): boolean {
  return TOKEN_PATTERNS.some(({ pattern }) => pattern.test(value));
}

/** Words that make a variable name a credential. A bare `KEY` is not one: `GPG_KEY` holds a public fingerprint. */
const SECRET_WORDS = new Set([
  'PASSWORD',
  'PASSWD',
  'PWD',
  'SECRET',
  'TOKEN',
  'APIKEY',
  'CREDENTIAL',
  'CREDENTIALS',
  'PASSPHRASE',
]);
const SECRET_PAIRS = [
  ['API', 'KEY'],
  ['PRIVATE', 'KEY'],
  ['ACCESS', 'KEY'],
  ['SECRET', 'KEY'],
  ['CLIENT', 'SECRET'],
  ['AUTH', 'TOKEN'],
];
/** Last words that make the variable about a secret rather than the secret itself (`PASSWORD_FILE=/run/secrets/db`). */
const NOT_THE_SECRET = new Set([
  'FILE',
  'PATH',
  'DIR',
  'URL',
  'URI',
  'ENDPOINT',
  'HOST',
  'PORT',
  'ID',
  'NAME',
  'LENGTH',
  'TTL',
  'EXPIRY',
  'EXPIRES',
  'TIMEOUT',
  'HEADER',
  'TYPE',
  'ENABLED',
  'REQUIRED',
  'VERSION',
  'MIN',
  'MAX',
  'POLICY',
  'ENV',
  'REF',
  'ARN',
]);

export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  if (words.length === 0 || NOT_THE_SECRET.has(words[words.length - 1]!)) return false;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  return SECRET_PAIRS.some(([a, b]) => words.some((word, i) => word === a && words[i + 1] === b));
}

/** Values that cannot be a credential: empty, booleans, numbers of a few digits, paths. */
export function isHarmlessValue(value: string): boolean {
  return value === '' || /^(?:true|false|yes|no|on|off|none|null|\d{1,4})$/i.test(value) || value.startsWith('/');
}

/** True when a value is only a variable reference (`$TOKEN`, `${TOKEN}`), naming it. */
export function referencedVariable(value: string): string | undefined {
  return /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(value)?.[1];
}

/** Files that hold credentials by name: SSH keys, dotenv files, package-registry logins, private keys. */
export function secretFileKind(path: string): string | undefined {
  const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
  if (/^id_(?:rsa|dsa|ecdsa|ed25519)$/.test(base)) return 'SSH private key';
  if (base === '.env' || /^\.env\.(?!example$|sample$|template$|dist$|defaults?$)[\w.-]+$/.test(base))
    return 'dotenv file';
  if (['.npmrc', '.pypirc', '.netrc', '.git-credentials', '.htpasswd', '.dockercfg'].includes(base))
    return 'credentials file';
  if (base === 'credentials' && /\.aws\//.test(path)) return 'AWS credentials';
  if (/\.(?:key|p12|pfx|jks|keystore)$/i.test(base)) return 'private key';
  // A `.pem` holds a certificate as often as a key: names that say certificate or public are left alone.
  if (
    /\.pem$/i.test(base) &&
    !/(?:^|[-_.])(?:ca|cacert|cert|certs|certificate|crt|chain|fullchain|bundle|root|pub|public|trust)(?:[-_.]|$)/i.test(
      base,
    )
  ) {
    return 'private key';
  }
  return undefined;
}

/** Destinations that only ever hold certificates (trust stores). */
export function isTrustStore(dest: string): boolean {
  return /^\/(?:usr\/local\/share\/ca-certificates|usr\/share\/ca-certificates|etc\/ssl\/certs|etc\/pki\/ca-trust|usr\/local\/share\/certs)(?:\/|$)/.test(
    dest,
  );
}
