import { cvss3BaseScore } from '../cvss.js';
import {
  makeFinding,
  severityFromScore,
  severityFromWord,
  severityRank,
  type ParseResult,
  type SecurityFinding,
  type SecuritySeverity,
} from '../types.js';
import { asArray, isObject, normalizePath, num, ReportError, str, type Json, type ParseContext } from './util.js';

interface Rated {
  severity: SecuritySeverity;
  score?: number;
}

/** An OSV record's severity: its CVSS v3 vector, else `database_specific.severity`, else malware → critical. */
function rate(vulnerability: Json): Rated {
  const scores = asArray(vulnerability.severity)
    .filter((entry) => isObject(entry) && String(entry.type).startsWith('CVSS_V3'))
    .map((entry) => cvss3BaseScore(String(entry.score)) ?? num(entry.score))
    .filter((score): score is number => score !== undefined);
  if (scores.length) {
    const score = Math.max(...scores);
    return { severity: severityFromScore(score), score };
  }
  const word = severityFromWord(vulnerability.database_specific?.severity);
  if (word !== 'unknown') return { severity: word };
  if (String(vulnerability.id).startsWith('MAL-')) return { severity: 'critical' };
  return { severity: 'unknown' };
}

/**
 * `osv-scanner --format json`: `results[].packages[]`; one finding per alias group (`groups[].ids`), rated at the
 * worst of its records (`max_severity` when osv-scanner filled it in). `MAL-` records (malicious packages) carry
 * no CVSS and are rated critical.
 */
export function parseOsvScanner(data: unknown, context: ParseContext): ParseResult {
  if (!isObject(data) || !Array.isArray(data.results))
    throw new ReportError('not an osv-scanner JSON report (no "results")');
  const findings: SecurityFinding[] = [];
  for (const result of data.results) {
    if (!isObject(result)) continue;
    const path = normalizePath(str(result.source?.path), context.root);
    for (const entry of asArray(result.packages)) {
      if (!isObject(entry)) continue;
      const pkg = isObject(entry.package) ? entry.package : {};
      const vulns = asArray(entry.vulnerabilities).filter(isObject);
      const byId = new Map(vulns.map((vulnerability) => [String(vulnerability.id), vulnerability]));
      const groups = asArray(entry.groups).filter(isObject);
      const grouped: { ids: string[]; max?: number }[] = groups.length
        ? groups.map((group) => ({
            ids: asArray(group.ids).map(String),
            ...(num(group.max_severity) !== undefined ? { max: num(group.max_severity) } : {}),
          }))
        : vulns.map((vulnerability) => ({ ids: [String(vulnerability.id)] }));
      for (const group of grouped) {
        const records = group.ids.map((id) => byId.get(id)).filter((record): record is Json => Boolean(record));
        if (!records.length) continue;
        let rated: Rated = { severity: 'unknown' };
        if (group.max !== undefined) rated = { severity: severityFromScore(group.max), score: group.max };
        else {
          for (const record of records) {
            const candidate = rate(record);
            if (
              severityRank(candidate.severity) > severityRank(rated.severity) ||
              (candidate.score ?? 0) > (rated.score ?? 0)
            )
              rated = candidate;
          }
        }
        const first = records[0]!;
        const aliases = records.flatMap((record) => [String(record.id), ...asArray(record.aliases).map(String)]);
        const malware = records.some((record) => String(record.id).startsWith('MAL-'));
        findings.push(
          makeFinding({
            source: 'osv-scanner',
            category: malware ? 'malware' : 'vulnerability',
            id: String(first.id),
            aliases,
            title: str(first.summary) ?? str(first.details)?.split('\n')[0]?.slice(0, 200) ?? String(first.id),
            severity: rated.severity,
            ...(rated.score !== undefined ? { score: rated.score } : {}),
            package: {
              name: str(pkg.name) ?? 'unknown',
              ...(str(pkg.version) ? { version: pkg.version } : {}),
              ...(str(pkg.ecosystem) ? { ecosystem: pkg.ecosystem } : {}),
            },
            ...(path ? { path } : {}),
            url: `https://osv.dev/vulnerability/${encodeURIComponent(String(first.id))}`,
          }),
        );
      }
    }
  }
  return { findings, suppressed: [] };
}
