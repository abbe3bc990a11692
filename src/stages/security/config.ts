import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import { LineCounter } from 'yaml';
import { ConfigError } from '../../core/errors.js';
import { loadYaml } from '../../core/yaml-graph.js';
import {
  FAIL_ON_VALUES,
  SECURITY_SEVERITIES,
  type SecurityFailOn,
  type SecurityFinding,
  type SecuritySeverity,
} from './types.js';

export const SECURITY_CONFIG_FILE = '.shipshape-security.yml';

/**
 * One allow-list entry. It matches a finding by `id` (the finding's id or any alias) and/or `fingerprint`,
 * narrowed by `source`, `package` and a `path` glob. Every entry needs a reason and an expiry date: after that
 * day (UTC) it stops allowing, and the gate says so.
 */
export interface AllowEntry {
  id?: string;
  fingerprint?: string;
  source?: string;
  package?: string;
  path?: string;
  reason: string;
  /** YYYY-MM-DD, inclusive. */
  expires: string;
}

export interface SecurityConfig {
  failOn: SecurityFailOn;
  /** How findings without a severity are gated. */
  unknownSeverity: Exclude<SecuritySeverity, 'unknown'>;
  allow: AllowEntry[];
  secrets: { ignore: string[]; minEntropy: number };
}

export function defaultSecurityConfig(): SecurityConfig {
  return { failOn: 'high', unknownSeverity: 'medium', allow: [], secrets: { ignore: [], minEntropy: 3.5 } };
}

const ENTRY_KEYS = ['id', 'fingerprint', 'source', 'package', 'path', 'reason', 'expires'];
const TOP_KEYS = ['fail-on', 'unknown-severity', 'allow', 'secrets'];

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Parses the security config's YAML text; errors name the file, the line and the entry. */
export function parseSecurityConfig(text: string, file = SECURITY_CONFIG_FILE): SecurityConfig {
  // Within the same bounds as the files shipshape checks: no cycle, alias bomb or deep nesting reaches the walk below.
  const lineCounter = new LineCounter();
  const loaded = loadYaml(text, lineCounter);
  if (!loaded.ok)
    throw new ConfigError(`not valid YAML: ${loaded.message}`, file, lineCounter.linePos(loaded.offset).line);
  const data = (loaded.data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError('expected a mapping at the top', file);
  const config = defaultSecurityConfig();
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.includes(key)) throw new ConfigError(`unknown key "${key}" (known: ${TOP_KEYS.join(', ')})`, file);
  }
  const failOn = data['fail-on'];
  if (failOn !== undefined) {
    if (!FAIL_ON_VALUES.includes(failOn as SecurityFailOn))
      throw new ConfigError(`fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, not ${JSON.stringify(failOn)}`, file);
    config.failOn = failOn as SecurityFailOn;
  }
  const unknown = data['unknown-severity'];
  if (unknown !== undefined) {
    const allowed = SECURITY_SEVERITIES.filter((severity) => severity !== 'unknown');
    if (!allowed.includes(unknown as never))
      throw new ConfigError(
        `unknown-severity must be one of ${allowed.join(', ')}, not ${JSON.stringify(unknown)}`,
        file,
      );
    config.unknownSeverity = unknown as SecurityConfig['unknownSeverity'];
  }
  const secrets = data.secrets as Record<string, unknown> | undefined;
  if (secrets !== undefined) {
    if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets))
      throw new ConfigError('secrets must be a mapping', file);
    for (const key of Object.keys(secrets))
      if (!['ignore', 'min-entropy'].includes(key))
        throw new ConfigError(`unknown key "secrets.${key}" (known: ignore, min-entropy)`, file);
    if (secrets.ignore !== undefined) {
      if (!Array.isArray(secrets.ignore) || secrets.ignore.some((glob) => typeof glob !== 'string'))
        throw new ConfigError('secrets.ignore must be a list of globs', file);
      config.secrets.ignore = secrets.ignore as string[];
    }
    if (secrets['min-entropy'] !== undefined) {
      const value = secrets['min-entropy'];
      if (typeof value !== 'number' || value < 0 || value > 8)
        throw new ConfigError('secrets.min-entropy must be a number from 0 to 8', file);
      config.secrets.minEntropy = value;
    }
  }
  const allow = data.allow;
  if (allow !== undefined && allow !== null) {
    if (!Array.isArray(allow)) throw new ConfigError('allow must be a list of entries', file);
    config.allow = allow.map((raw, index) => {
      const where = `allow[${index}]`;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new ConfigError(`${where} must be a mapping`, file);
      const entry = raw as Record<string, unknown>;
      for (const key of Object.keys(entry))
        if (!ENTRY_KEYS.includes(key))
          throw new ConfigError(`${where}: unknown key "${key}" (known: ${ENTRY_KEYS.join(', ')})`, file);
      for (const key of ENTRY_KEYS) {
        if (entry[key] !== undefined && typeof entry[key] !== 'string') {
          // YAML reads an unquoted 2026-12-31 as a date: accept it as the same day.
          if (key === 'expires' && entry[key] instanceof Date)
            entry[key] = (entry[key] as Date).toISOString().slice(0, 10);
          else throw new ConfigError(`${where}.${key} must be a string`, file);
        }
      }
      if (!entry.id && !entry.fingerprint)
        throw new ConfigError(`${where}: give an id (advisory or rule id) or a fingerprint`, file);
      if (!entry.reason || !String(entry.reason).trim()) throw new ConfigError(`${where}: give a reason`, file);
      if (!entry.expires)
        throw new ConfigError(
          `${where}: give an expiry date (expires: YYYY-MM-DD); allow-list entries cannot be permanent`,
          file,
        );
      if (!isRealDate(entry.expires as string))
        throw new ConfigError(`${where}.expires must be a date YYYY-MM-DD, not ${JSON.stringify(entry.expires)}`, file);
      return Object.fromEntries(
        Object.entries(entry).filter(([, value]) => value !== undefined),
      ) as unknown as AllowEntry;
    });
  }
  return config;
}

/** Loads the given file, or `.shipshape-security.yml` at the root when present, or the defaults. */
export function loadSecurityConfig(root: string, file?: string): SecurityConfig {
  const path = file ? resolve(root, file) : resolve(root, SECURITY_CONFIG_FILE);
  if (!file && !existsSync(path)) return defaultSecurityConfig();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `cannot read the security config: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      file ?? SECURITY_CONFIG_FILE,
    );
  }
  return parseSecurityConfig(text, file ?? SECURITY_CONFIG_FILE);
}

/** True once the entry's last day (UTC) has passed. */
export function isExpired(entry: AllowEntry, now: Date): boolean {
  return now.toISOString().slice(0, 10) > entry.expires;
}

export function entryMatches(entry: AllowEntry, finding: SecurityFinding): boolean {
  if (entry.fingerprint && entry.fingerprint !== finding.fingerprint) return false;
  if (entry.id && entry.id !== finding.id && !finding.aliases.includes(entry.id)) return false;
  if (entry.source && entry.source !== finding.source) return false;
  if (entry.package && entry.package !== finding.package?.name) return false;
  if (entry.path && !(finding.path && picomatch(entry.path, { dot: true })(finding.path))) return false;
  return true;
}

export function describeEntry(entry: AllowEntry): string {
  return [
    entry.id,
    entry.fingerprint && `fingerprint ${entry.fingerprint}`,
    entry.package && `package ${entry.package}`,
    entry.path && `path ${entry.path}`,
    entry.source && `source ${entry.source}`,
  ]
    .filter(Boolean)
    .join(', ');
}
