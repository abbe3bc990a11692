import { createHash } from 'node:crypto';

/** One severity scale for every source, most serious first. */
export const SECURITY_SEVERITIES = ['critical', 'high', 'medium', 'low', 'unknown'] as const;
export type SecuritySeverity = (typeof SECURITY_SEVERITIES)[number];

/** What the gate's `fail-on` accepts: a severity (that one and worse block) or `never`. */
export const FAIL_ON_VALUES = ['critical', 'high', 'medium', 'low', 'never'] as const;
export type SecurityFailOn = (typeof FAIL_ON_VALUES)[number];

export type FindingCategory = 'vulnerability' | 'secret' | 'misconfiguration' | 'code' | 'malware';

/** Every scanner's finding, normalised. */
export interface SecurityFinding {
  /** Which tool reported it: `shipshape`, `secrets`, `npm-audit`, `trivy`, `grype`, … (the SARIF driver name for SARIF). */
  source: string;
  category: FindingCategory;
  /** Advisory or rule id: CVE-…, GHSA-…, a rule id. */
  id: string;
  /** Other ids of the same advisory (CVE for a GHSA, …). */
  aliases: string[];
  title: string;
  severity: SecuritySeverity;
  /** CVSS base score or SARIF security-severity, when the source gives one. */
  score?: number;
  package?: { name: string; version?: string; ecosystem?: string; fixedIn?: string };
  /** Repository-relative path (forward slashes) when the finding is in a file; else the scanned target. */
  path?: string;
  /** What was scanned when the finding is in no repository file (an image, an archive). */
  target?: string;
  line?: number;
  url?: string;
  /** The scanner report it came from, repository-relative (the SARIF location of findings in no file). */
  report?: string;
  /** Stable identity for de-duplication, allow-list entries and SARIF partialFingerprints. */
  fingerprint: string;
}

/** A finding the source itself marked as suppressed (SARIF suppressions, trivy VEX): reported, never gated. */
export interface SuppressedFinding {
  finding: SecurityFinding;
  reason: string;
}

export interface ParseResult {
  findings: SecurityFinding[];
  suppressed: SuppressedFinding[];
}

export function severityRank(severity: SecuritySeverity): number {
  return { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 }[severity];
}

/** Severity from a CVSS-like 0–10 score, with GitHub code scanning's bands. */
export function severityFromScore(score: number): SecuritySeverity {
  if (!Number.isFinite(score) || score < 0) return 'unknown';
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return 'low';
}

/** Severity words of every supported tool: CRITICAL, High, moderate, ERROR, WARNING, INFO, negligible, … */
export function severityFromWord(word: unknown): SecuritySeverity {
  const value = typeof word === 'string' ? word.trim().toLowerCase() : '';
  switch (value) {
    case 'critical':
      return 'critical';
    case 'high':
    case 'error':
      return 'high';
    case 'medium':
    case 'moderate':
    case 'warning':
      return 'medium';
    case 'low':
    case 'info':
    case 'note':
    case 'negligible':
      return 'low';
    default:
      return 'unknown';
  }
}

export function hashParts(...parts: (string | number | undefined)[]): string {
  return createHash('sha256')
    .update(parts.map((part) => String(part ?? '')).join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** Fills in the fingerprint: source, id, package and place — never a line number alone, never a message. */
export function makeFinding(
  finding: Omit<SecurityFinding, 'fingerprint' | 'aliases'> & { aliases?: string[]; fingerprint?: string },
): SecurityFinding {
  const aliases = [...new Set((finding.aliases ?? []).filter((alias) => alias && alias !== finding.id))].sort();
  return {
    ...finding,
    aliases,
    fingerprint:
      finding.fingerprint ??
      hashParts(
        finding.source,
        finding.id,
        finding.package?.name,
        finding.package?.version,
        finding.path,
        finding.category === 'vulnerability' ? undefined : finding.line,
      ),
  };
}
