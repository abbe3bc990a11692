import { makeFinding, severityFromWord, type ParseResult, type SecurityFinding } from '../types.js';
import { asArray, isObject, normalizePath, num, ReportError, str, type Json, type ParseContext } from './util.js';

function score(vulnerability: Json): number | undefined {
  const scores = asArray(vulnerability.cvss)
    .filter((entry) => isObject(entry) && String(entry.version ?? '').startsWith('3'))
    .map((entry) => num(entry.metrics?.baseScore))
    .filter((value): value is number => value !== undefined);
  return scores.length ? Math.max(...scores) : undefined;
}

function toFinding(match: Json, context: ParseContext, target: string | undefined): SecurityFinding {
  const vulnerability = isObject(match.vulnerability) ? match.vulnerability : {};
  const artifact = isObject(match.artifact) ? match.artifact : {};
  const id = str(vulnerability.id) ?? 'unknown';
  const location = str(asArray(artifact.locations)[0]?.path);
  const s = score(vulnerability);
  const image = target !== undefined;
  return makeFinding({
    source: 'grype',
    category: 'vulnerability',
    id,
    aliases: asArray(match.relatedVulnerabilities)
      .map((related) => str(related?.id))
      .filter((alias): alias is string => Boolean(alias)),
    title: str(vulnerability.description)?.split('\n')[0]?.slice(0, 200) ?? id,
    severity: severityFromWord(vulnerability.severity),
    ...(s !== undefined ? { score: s } : {}),
    package: {
      name: str(artifact.name) ?? 'unknown',
      ...(str(artifact.version) ? { version: artifact.version } : {}),
      ...(str(artifact.type) ? { ecosystem: artifact.type } : {}),
      ...(str(asArray(vulnerability.fix?.versions)[0])
        ? { fixedIn: asArray(vulnerability.fix.versions).join(', ') }
        : {}),
    },
    // Paths inside an image are not repository files: keep them in the target.
    ...(image
      ? { target: location ? `${target}:${location}` : target }
      : location
        ? { path: normalizePath(location, context.root)! }
        : {}),
    ...(str(vulnerability.dataSource) ? { url: vulnerability.dataSource } : {}),
  });
}

const RANK = { critical: 4, high: 3, medium: 2, low: 1, unknown: 0 };

/**
 * Matches of one package that name each other (a GHSA and its CVE) are one finding, at the worse severity, under the
 * GHSA id. Indexed by package and id, so a report of a million matches merges in linear time; a large report read
 * in batches is merged once over all of them.
 */
export function mergeRelated(findings: SecurityFinding[]): SecurityFinding[] {
  const merged: SecurityFinding[] = [];
  const byPackageAndId = new Map<string, SecurityFinding>();
  const packageKey = (finding: SecurityFinding) =>
    `${finding.package?.name ?? ''}\u0000${finding.package?.version ?? ''}\u0000${finding.package?.ecosystem ?? ''}\u0000`;
  for (const finding of findings) {
    const pkg = packageKey(finding);
    const ids = [finding.id, ...finding.aliases];
    const same = ids.map((id) => byPackageAndId.get(pkg + id)).find(Boolean);
    if (!same) {
      merged.push(finding);
      for (const id of ids) byPackageAndId.set(pkg + id, finding);
      continue;
    }
    const allIds = new Set([same.id, ...same.aliases, finding.id, ...finding.aliases]);
    const better = RANK[finding.severity] > RANK[same.severity] ? finding : same;
    // Prefer a GHSA/CVE id that the other record names as related (keeps the id stable across grype versions).
    const id = [...allIds].find((candidate) => candidate.startsWith('GHSA-')) ?? same.id;
    Object.assign(same, {
      ...better,
      id,
      aliases: [...allIds].filter((alias) => alias !== id).sort(),
      fingerprint: same.fingerprint,
    });
    for (const alias of allIds) byPackageAndId.set(pkg + alias, same);
  }
  return merged;
}

/**
 * `grype -o json`: `matches[]`. Matches of one package whose ids overlap through `relatedVulnerabilities`
 * (a GHSA and its CVE from two namespaces) are one finding, at the higher severity. `ignoredMatches` are suppressed.
 */
export function parseGrype(data: unknown, context: ParseContext): ParseResult {
  if (!isObject(data) || !Array.isArray(data.matches)) throw new ReportError('not a grype JSON report (no "matches")');
  const source = isObject(data.source) ? data.source : {};
  const target = source.type === 'image' ? (str(source.target?.userInput) ?? 'image') : undefined;
  const findings = mergeRelated(data.matches.filter(isObject).map((match: Json) => toFinding(match, context, target)));
  const suppressed = asArray(data.ignoredMatches)
    .filter(isObject)
    .map((ignored) => ({
      finding: toFinding(ignored, context, target),
      reason: `ignored by grype rule ${JSON.stringify(asArray(ignored.appliedIgnoreRules)[0] ?? {})}`,
    }));
  return { findings, suppressed };
}
