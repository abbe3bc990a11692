import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError, describeError } from '../core/errors.js';
import { errorCode } from '../core/paths.js';
import type { Finding } from '../core/finding.js';

/** Findings a repository accepted when it adopted shipshape; `check --baseline` then shows only new ones. */
export interface Baseline {
  version: 1;
  findings: { ruleId: string; path: string; fingerprint: string }[];
}

export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read baseline ${path}: ${errorCode(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse quotes the text around the error: a path given as input never has its content echoed.
    throw new UsageError(`${path} is not a shipshape baseline (not valid JSON)`);
  }
  const baseline = data as Partial<Baseline>;
  if (baseline?.version !== 1 || !Array.isArray(baseline.findings)) {
    throw new UsageError(`${path} is not a shipshape baseline (expected {"version": 1, "findings": [...]})`);
  }
  for (const [index, entry] of baseline.findings.entries()) {
    if (typeof (entry as { fingerprint?: unknown } | null)?.fingerprint !== 'string') {
      throw new UsageError(`${path}: findings[${index}].fingerprint must be a string`);
    }
  }
  return baseline as Baseline;
}

export function writeBaseline(path: string, findings: Finding[]): void {
  const baseline: Baseline = {
    version: 1,
    findings: findings.map(({ ruleId, path: file, fingerprint }) => ({ ruleId, path: file, fingerprint })),
  };
  try {
    writeFileSync(path, `${JSON.stringify(baseline, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write baseline ${path}: ${describeError(error)}`);
  }
}

/** Drops findings recorded in the baseline, each entry matching at most once. */
export function applyBaseline(findings: Finding[], baseline: Baseline): Finding[] {
  const known = new Map<string, number>();
  for (const entry of baseline.findings) known.set(entry.fingerprint, (known.get(entry.fingerprint) ?? 0) + 1);
  return findings.filter((finding) => {
    const left = known.get(finding.fingerprint) ?? 0;
    if (left === 0) return true;
    known.set(finding.fingerprint, left - 1);
    return false;
  });
}
