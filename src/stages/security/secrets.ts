import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { listFiles } from '../../core/files.js';
import type { Notice } from '../../core/finding.js';
import { hashParts, makeFinding, type SecurityFinding, type SecuritySeverity } from './types.js';

/** A high-signal token format. `group` is the capture group holding the secret (0: the whole match). */
export interface SecretPattern {
  id: string;
  title: string;
  severity: SecuritySeverity;
  regex: RegExp;
  group?: number;
}

/** Token formats with fixed prefixes or shapes: almost no false positives. */
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { id: 'github-token', title: 'GitHub token', severity: 'critical', regex: /\b(gh[pousr]_[A-Za-z0-9]{36,251})\b/g, group: 1 },
  { id: 'github-fine-grained-token', title: 'GitHub fine-grained personal access token', severity: 'critical', regex: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g, group: 1 },
  { id: 'gitlab-token', title: 'GitLab token', severity: 'critical', regex: /\b((?:glpat|gldt|glrt|glptt|glcbt|glft|glimt|glagent|gloas)-[A-Za-z0-9_-]{20,})/g, group: 1 },
  { id: 'aws-access-key-id', title: 'AWS access key id', severity: 'critical', regex: /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g, group: 1 },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    severity: 'critical',
    regex: /aws_?secret_?(?:access_?)?key["']?\s*(?::|=|=>)\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    group: 1,
  },
  { id: 'slack-token', title: 'Slack token', severity: 'critical', regex: /\b(xox[abposr]-[0-9A-Za-z-]{10,})/g, group: 1 },
  { id: 'slack-webhook', title: 'Slack incoming webhook URL', severity: 'high', regex: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,})/g, group: 1 },
  { id: 'npm-token', title: 'npm access token', severity: 'critical', regex: /\b(npm_[A-Za-z0-9]{36})\b/g, group: 1 },
  {
    id: 'private-key',
    title: 'Private key',
    severity: 'critical',
    regex: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/g,
    group: 0,
  },
];

/** `<name>` that sounds like a credential, an assignment, and a value of 16+ characters. */
const GENERIC =
  /([A-Za-z0-9_.-]*(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)[A-Za-z0-9_.-]*)["']?\s*(?::=|=>|:|=)\s*["'`]?([A-Za-z0-9+/=_.~-]{16,})/gi;
const PLACEHOLDER = /example|sample|changeme|change_me|placeholder|dummy|redacted|your[_-]|xxxx|\*\*\*\*|^(?:true|false|null|undefined)$|process\.env|secrets\.|getenv/i;

/** Shannon entropy in bits per character. */
export function shannonEntropy(text: string): number {
  if (!text) return 0;
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  const length = [...text].length;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** Shows the kind of secret, never the secret: `ghp_…(40 chars)`. */
export function maskSecret(secret: string): string {
  return `${secret.slice(0, Math.min(4, Math.floor(secret.length / 4)))}…(${secret.length} chars)`;
}

export interface SecretsScanOptions {
  root: string;
  paths?: string[];
  ignore?: string[];
  /** Minimum entropy (bits per character) of a generic assignment's value; default 3.5. */
  minEntropy?: number;
  /** Files larger than this are skipped with a notice; default 1 MiB. */
  maxFileSize?: number;
}

export interface SecretsScanResult {
  findings: SecurityFinding[];
  notices: Notice[];
  filesScanned: number;
}

/** Scans one file's text. Exported for tests. */
export function scanText(text: string, path: string, minEntropy = 3.5): SecurityFinding[] {
  const findings: SecurityFinding[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    const taken: [number, number][] = [];
    for (const pattern of SECRET_PATTERNS) {
      pattern.regex.lastIndex = 0;
      for (const match of line.matchAll(pattern.regex)) {
        const secret = match[pattern.group ?? 0]!;
        const start = match.index! + match[0].indexOf(secret);
        if (taken.some(([a, b]) => start < b && start + secret.length > a)) continue;
        taken.push([start, start + secret.length]);
        findings.push(secretFinding(pattern.id, pattern.title, pattern.severity, secret, path, index + 1, start + 1, pattern.id === 'private-key' ? match[1]! : secret));
      }
    }
    GENERIC.lastIndex = 0;
    for (const match of line.matchAll(GENERIC)) {
      const name = match[1]!;
      const value = match[2]!;
      const start = match.index! + match[0].lastIndexOf(value);
      if (taken.some(([a, b]) => start < b && start + value.length > a)) continue;
      if (PLACEHOLDER.test(value)) continue;
      // Names of files, paths, URLs and ids, and values that are paths, are references to a secret, not secrets.
      if (/(?:_|-)(?:file|path|dir|url|uri|name|id|env|var)$/i.test(name) || /^(?:\.{0,2}\/|~\/|https?:)/.test(value)) continue;
      if (/^[a-z]+(?:[._-][a-z]+)*$/i.test(value) && !/\d/.test(value)) continue; // identifiers, not secrets
      const entropy = shannonEntropy(value);
      if (entropy < minEntropy) continue;
      taken.push([start, start + value.length]);
      findings.push(
        secretFinding('generic-secret', `High-entropy value assigned to "${name}" (${entropy.toFixed(2)} bits/char)`, 'high', value, path, index + 1, start + 1, value),
      );
    }
  });
  return findings;
}

function secretFinding(id: string, title: string, severity: SecuritySeverity, secret: string, path: string, line: number, column: number, identity: string): SecurityFinding {
  return makeFinding({
    source: 'secrets',
    category: 'secret',
    id,
    title: id === 'private-key' ? `${title} (${identity})` : `${title}: ${maskSecret(secret)} at column ${column}`,
    severity,
    path,
    line,
    // The hash of the secret, not its line: the identity survives edits around it and never reveals it.
    fingerprint: hashParts('secrets', id, path, identity),
  });
}

function isBinary(path: string): boolean {
  const buffer = Buffer.alloc(8000);
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).includes(0);
  } finally {
    closeSync(fd);
  }
}

/** Scans the repository's files (git's list when inside a work tree, so .gitignore is honoured). */
export function scanSecrets(options: SecretsScanOptions): SecretsScanResult {
  const notices: Notice[] = [];
  const files = listFiles(options.root, options.paths?.length ? options.paths : ['.'], options.ignore ?? [], notices);
  const maxSize = options.maxFileSize ?? 1024 * 1024;
  const findings: SecurityFinding[] = [];
  let filesScanned = 0;
  for (const path of files) {
    const absolute = resolve(options.root, path);
    try {
      const stats = statSync(absolute);
      if (!stats.isFile()) continue;
      if (stats.size > maxSize) {
        notices.push({ path, message: `skipped by the secrets scan: ${stats.size} bytes is over the ${maxSize}-byte limit` });
        continue;
      }
      if (isBinary(absolute)) continue;
      findings.push(...scanText(readFileSync(absolute, 'utf8'), path, options.minEntropy));
      filesScanned++;
    } catch (error) {
      notices.push({ path, message: `skipped by the secrets scan: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    }
  }
  return { findings, notices, filesScanned };
}

