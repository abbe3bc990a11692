import { makeFinding, severityFromWord, type ParseResult, type SecurityFinding } from '../types.js';
import { asArray, isObject, num, ReportError, str, type Json, type ParseContext } from './util.js';

function ghsaOf(url: string | undefined): string | undefined {
  const match = url ? /\/(GHSA-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4})\b/i.exec(url) : null;
  return match?.[1];
}

/**
 * `npm audit --json`: report v2 (npm 7+: `vulnerabilities` keyed by package, advisories in `via[]`; string `via`
 * entries only point at another package and are not findings of their own) and v1 (npm 6, and `pnpm audit
 * --json`: `advisories` keyed by id). One finding per advisory and package.
 */
export function parseNpmAudit(data: unknown, _context: ParseContext, source = 'npm-audit'): ParseResult {
  if (!isObject(data)) throw new ReportError('not an npm audit JSON report (expected an object)');
  if (isObject(data.error))
    throw new ReportError(
      `the audit itself failed: ${str(data.error.summary) ?? str(data.error.code) ?? 'unknown error'}`,
    );
  const lockfile = source === 'pnpm-audit' ? 'pnpm-lock.yaml' : 'package-lock.json';
  const findings: SecurityFinding[] = [];
  const seen = new Set<string>();
  if (isObject(data.vulnerabilities) && (data.auditReportVersion === 2 || !isObject(data.advisories))) {
    for (const [name, entry] of Object.entries(data.vulnerabilities as Record<string, Json>)) {
      for (const via of asArray(entry?.via)) {
        if (!isObject(via)) continue;
        const pkg = str(via.name) ?? name;
        const id = ghsaOf(str(via.url)) ?? String(via.source ?? via.title);
        const key = `${id}\u0000${pkg}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const score = num(via.cvss?.score);
        findings.push(
          makeFinding({
            source,
            category: 'vulnerability',
            id,
            aliases: via.source !== undefined ? [`npm:${via.source}`] : [],
            title: str(via.title) ?? id,
            severity: severityFromWord(via.severity),
            ...(score ? { score } : {}),
            package: { name: pkg, ecosystem: 'npm', ...(str(via.range) ? { version: `vulnerable ${via.range}` } : {}) },
            path: lockfile,
            ...(str(via.url) ? { url: via.url } : {}),
          }),
        );
      }
    }
    return { findings, suppressed: [] };
  }
  if (isObject(data.advisories)) {
    for (const advisory of Object.values(data.advisories as Record<string, Json>)) {
      if (!isObject(advisory)) continue;
      const id = str(advisory.github_advisory_id) ?? ghsaOf(str(advisory.url)) ?? String(advisory.id);
      const versions = [
        ...new Set(
          asArray(advisory.findings)
            .map((finding) => str(finding?.version))
            .filter(Boolean),
        ),
      ];
      const score = num(advisory.cvss?.score);
      findings.push(
        makeFinding({
          source,
          category: 'vulnerability',
          id,
          aliases: [
            ...asArray(advisory.cves).filter((cve) => typeof cve === 'string'),
            ...(advisory.id !== undefined ? [`npm:${advisory.id}`] : []),
          ],
          title: str(advisory.title) ?? id,
          severity: severityFromWord(advisory.severity),
          ...(score ? { score } : {}),
          package: {
            name: str(advisory.module_name) ?? 'unknown',
            ecosystem: 'npm',
            ...(versions.length ? { version: versions.join(', ') } : {}),
            ...(str(advisory.patched_versions) && advisory.patched_versions !== '<0.0.0'
              ? { fixedIn: advisory.patched_versions }
              : {}),
          },
          path: lockfile,
          ...(str(advisory.url) ? { url: advisory.url } : {}),
        }),
      );
    }
    return { findings, suppressed: [] };
  }
  throw new ReportError('not an npm audit JSON report (no "vulnerabilities" or "advisories")');
}
