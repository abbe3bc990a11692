import { closeSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { listFiles } from '../../core/files.js';
import { openInside } from '../../core/paths.js';
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
  {
    id: 'github-token',
    title: 'GitHub token',
    severity: 'critical',
    regex: /\b(gh[pousr]_[A-Za-z0-9]{36,251})\b/g,
    group: 1,
  },
  {
    id: 'github-fine-grained-token',
    title: 'GitHub fine-grained personal access token',
    severity: 'critical',
    regex: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g,
    group: 1,
  },
  {
    id: 'gitlab-token',
    title: 'GitLab token',
    severity: 'critical',
    regex: /\b((?:glpat|gldt|glrt|glptt|glcbt|glft|glimt|glagent|gloas)-[A-Za-z0-9_-]{20,})/g,
    group: 1,
  },
  {
    id: 'aws-access-key-id',
    title: 'AWS access key id',
    severity: 'critical',
    regex: /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g,
    group: 1,
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    severity: 'critical',
    regex: /aws_?secret_?(?:access_?)?key["']?\s*(?::|=|=>)\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    group: 1,
  },
  {
    id: 'slack-token',
    title: 'Slack token',
    severity: 'critical',
    regex: /\b(xox[abposr]-[0-9A-Za-z-]{10,})/g,
    group: 1,
  },
  {
    id: 'slack-webhook',
    title: 'Slack incoming webhook URL',
    severity: 'high',
    regex: /(https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{6,}\/B[A-Z0-9]{6,}\/[A-Za-z0-9]{20,})/g,
    group: 1,
  },
  { id: 'npm-token', title: 'npm access token', severity: 'critical', regex: /\b(npm_[A-Za-z0-9]{36})\b/g, group: 1 },
  {
    id: 'private-key',
    title: 'Private key',
    severity: 'critical',
    regex: /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?)-----/g,
    group: 0,
  },
];

/**
 * A credential-sounding word, the rest of its name, an assignment, and a value of 16+ characters. The match starts
 * at the word, not at the start of the name, and the name's parts are bounded: a name pattern that may start
 * anywhere (`[\w.-]*secret`) rescans the whole run from every position, which is quadratic on a long line.
 */
const GENERIC =
  /(?:secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credential)[A-Za-z0-9_.-]{0,64}["']?\s*(?::=|=>|:|=)\s*["'`]?([A-Za-z0-9+/=_.~-]{16,})/gi;
const NAME_CHAR = /[A-Za-z0-9_.-]/;
const MAX_NAME_PREFIX = 64;

/** The whole name a GENERIC match's keyword sits in: the name characters before it, up to MAX_NAME_PREFIX. */
function nameOf(line: string, match: RegExpMatchArray): string {
  let start = match.index!;
  while (start > 0 && match.index! - start < MAX_NAME_PREFIX && NAME_CHAR.test(line[start - 1]!)) start--;
  const assignment = /["']?\s*(?::=|=>|:|=)/.exec(match[0])!;
  return line.slice(start, match.index! + assignment.index);
}
const PLACEHOLDER =
  /example|sample|changeme|change_me|placeholder|dummy|redacted|your[_-]|xxxx|\*\*\*\*|^(?:true|false|null|undefined)$|process\.env|secrets\.|getenv/i;

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
  /** Unused: every file is scanned, large ones in a stream (kept so callers that pass it still compile). */
  maxFileSize?: number;
}

export interface SecretsScanResult {
  findings: SecurityFinding[];
  notices: Notice[];
  filesScanned: number;
}

/** Where a piece of a file starts: lines before it, and columns before it on its first line. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Scans one file's text, or a piece of it that starts at `at`. Exported for tests. */
export function scanText(
  text: string,
  path: string,
  minEntropy = 3.5,
  at: TextPosition = { line: 0, column: 0 },
): SecurityFinding[] {
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
        const column = start + 1 + (index === 0 ? at.column : 0);
        findings.push(
          secretFinding(
            pattern.id,
            pattern.title,
            pattern.severity,
            secret,
            path,
            at.line + index + 1,
            column,
            pattern.id === 'private-key' ? match[1]! : secret,
          ),
        );
      }
    }
    GENERIC.lastIndex = 0;
    for (const match of line.matchAll(GENERIC)) {
      const name = nameOf(line, match);
      const value = match[1]!;
      const start = match.index! + match[0].lastIndexOf(value);
      if (taken.some(([a, b]) => start < b && start + value.length > a)) continue;
      if (PLACEHOLDER.test(value)) continue;
      // Names of files, paths, URLs and ids, and values that are paths, are references to a secret, not secrets.
      if (/(?:_|-)(?:file|path|dir|url|uri|name|id|env|var)$/i.test(name) || /^(?:\.{0,2}\/|~\/|https?:)/.test(value))
        continue;
      if (/^[a-z]+(?:[._-][a-z]+)*$/i.test(value) && !/\d/.test(value)) continue; // identifiers, not secrets
      const entropy = shannonEntropy(value);
      if (entropy < minEntropy) continue;
      taken.push([start, start + value.length]);
      findings.push(
        secretFinding(
          'generic-secret',
          `High-entropy value assigned to "${name}" (${entropy.toFixed(2)} bits/char)`,
          'high',
          value,
          path,
          at.line + index + 1,
          start + 1 + (index === 0 ? at.column : 0),
          value,
        ),
      );
    }
  });
  return findings;
}

function secretFinding(
  id: string,
  title: string,
  severity: SecuritySeverity,
  secret: string,
  path: string,
  line: number,
  column: number,
  identity: string,
): SecurityFinding {
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

const CHUNK = 1024 * 1024;
/** A line longer than this is scanned in pieces: a token is far shorter, and memory stays bounded. */
const MAX_CARRY = 64 * 1024;
/** Piece boundaries of a long line keep this much of its end for the next piece: longer than any token. */
const OVERLAP = 512;
const TOKEN_CHAR = /[A-Za-z0-9_+/=.~-]/;

/** Where to cut a long line with no break: before the run of token characters that ends the kept part. */
function pieceEnd(text: string): number {
  const limit = text.length - OVERLAP;
  for (let index = limit; index > limit - 4096 && index > 0; index--)
    if (!TOKEN_CHAR.test(text[index - 1]!)) return index;
  return limit;
}

/**
 * Scans an open file in chunks, so a file of any size is scanned in bounded memory. A binary file (a NUL byte in
 * its first chunk) is read byte for byte (latin1), so tokens embedded in it are still found.
 */
function scanOpenFile(fd: number, path: string, minEntropy: number | undefined): SecurityFinding[] {
  const findings: SecurityFinding[] = [];
  const buffer = Buffer.allocUnsafe(CHUNK);
  let decoder: StringDecoder | undefined;
  let carry = '';
  const at: TextPosition = { line: 0, column: 0 };
  let position = 0;
  const scan = (text: string) => {
    for (const finding of scanText(text, path, minEntropy, at)) findings.push(finding);
    const lastBreak = text.lastIndexOf('\n');
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) at.line++;
    at.column = lastBreak === -1 ? at.column + text.length : text.length - lastBreak - 1;
  };
  for (;;) {
    const count = readSync(fd, buffer, 0, CHUNK, position);
    if (count === 0) break;
    position += count;
    decoder ??= new StringDecoder(buffer.subarray(0, count).includes(0) ? 'latin1' : 'utf8');
    const text = carry + decoder.write(buffer.subarray(0, count));
    const lastBreak = text.lastIndexOf('\n');
    if (lastBreak === -1 && text.length <= MAX_CARRY) {
      carry = text;
      continue;
    }
    const cut = lastBreak === -1 ? pieceEnd(text) : lastBreak + 1;
    scan(text.slice(0, cut));
    carry = text.slice(cut);
  }
  const rest = carry + (decoder?.end() ?? '');
  if (rest) scan(rest);
  return findings;
}

/** Scans the repository's files (git's list when inside a work tree, so .gitignore is honoured). */
export function scanSecrets(options: SecretsScanOptions): SecretsScanResult {
  const notices: Notice[] = [];
  const files = listFiles(options.root, options.paths?.length ? options.paths : ['.'], options.ignore ?? [], notices);
  const findings: SecurityFinding[] = [];
  let filesScanned = 0;
  for (const path of files) {
    // Never outside the root, never a FIFO or device (core/paths.ts); large and binary files are scanned too.
    const opened = openInside(options.root, path);
    if ('skipped' in opened) {
      if (opened.skipped !== 'missing')
        notices.push({ path, message: `skipped by the secrets scan: ${opened.detail}` });
      continue;
    }
    try {
      for (const finding of scanOpenFile(opened.fd, path, options.minEntropy)) findings.push(finding);
      filesScanned++;
    } catch (error) {
      notices.push({
        path,
        message: `skipped by the secrets scan: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      });
    } finally {
      closeSync(opened.fd);
    }
  }
  return { findings, notices, filesScanned };
}
