import { makeFinding, severityFromWord, type ParseResult, type SecurityFinding } from '../types.js';
import { asArray, isObject, normalizePath, num, ReportError, str, type Json, type ParseContext } from './util.js';

function bestScore(cvss: unknown): number | undefined {
  if (!isObject(cvss)) return undefined;
  const scores = Object.values(cvss)
    .map((entry) => num((entry as Json)?.V3Score))
    .filter((score): score is number => score !== undefined);
  return scores.length ? Math.max(...scores) : undefined;
}

/** The first sentence of a description, at most 160 characters. */
function firstSentence(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const sentence = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim())?.[1] ?? text.trim();
  return sentence.replace(/\s+/g, ' ').slice(0, 160);
}

function vulnerability(v: Json, target: string, path: string | undefined): SecurityFinding {
  const id = str(v.VulnerabilityID) ?? 'unknown';
  const score = bestScore(v.CVSS);
  return makeFinding({
    source: 'trivy',
    category: 'vulnerability',
    id,
    aliases: asArray(v.VendorIDs).filter((alias) => typeof alias === 'string'),
    title: str(v.Title) ?? firstSentence(str(v.Description)) ?? id,
    severity: severityFromWord(v.Severity),
    ...(score !== undefined ? { score } : {}),
    package: {
      name: str(v.PkgName) ?? 'unknown',
      ...(str(v.InstalledVersion) ? { version: v.InstalledVersion } : {}),
      ...(str(v.FixedVersion) ? { fixedIn: v.FixedVersion } : {}),
    },
    ...(path ? { path } : { target }),
    ...(str(v.PrimaryURL) ? { url: v.PrimaryURL } : {}),
  });
}

/**
 * `trivy image|fs|repo --format json` (SchemaVersion 2): `Results[]` with `Vulnerabilities`, `Secrets` and
 * `Misconfigurations` (only `Status: FAIL` counts). `ExperimentalModifiedFindings` (VEX, .trivyignore) are
 * reported as suppressed.
 */
export function parseTrivy(data: unknown, context: ParseContext): ParseResult {
  if (!isObject(data) || !('Results' in data || 'SchemaVersion' in data))
    throw new ReportError('not a trivy JSON report (no "Results")');
  const findings: SecurityFinding[] = [];
  const suppressed: ParseResult['suppressed'] = [];
  const image = data.ArtifactType === 'container_image';
  for (const result of asArray(data.Results)) {
    if (!isObject(result)) continue;
    const target = str(result.Target) ?? str(data.ArtifactName) ?? context.reportPath;
    // OS packages of an image have no file in the repository; lockfiles and source files do.
    const path = image && result.Class === 'os-pkgs' ? undefined : normalizePath(target, context.root);
    for (const v of asArray(result.Vulnerabilities)) if (isObject(v)) findings.push(vulnerability(v, target, path));
    for (const s of asArray(result.Secrets)) {
      if (!isObject(s)) continue;
      const id = str(s.RuleID) ?? 'secret';
      findings.push(
        makeFinding({
          source: 'trivy',
          category: 'secret',
          id,
          title: str(s.Title) ?? id,
          severity: severityFromWord(s.Severity),
          ...(path ? { path } : { target }),
          ...(num(s.StartLine) ? { line: s.StartLine } : {}),
        }),
      );
    }
    for (const m of asArray(result.Misconfigurations)) {
      if (!isObject(m) || (m.Status && m.Status !== 'FAIL')) continue;
      const id = str(m.ID) ?? str(m.AVDID) ?? 'misconfiguration';
      const line = num(m.CauseMetadata?.StartLine);
      findings.push(
        makeFinding({
          source: 'trivy',
          category: 'misconfiguration',
          id,
          aliases: str(m.AVDID) && m.AVDID !== id ? [m.AVDID] : [],
          title: str(m.Title) ?? id,
          severity: severityFromWord(m.Severity),
          ...(path ? { path } : { target }),
          ...(line ? { line } : {}),
          ...(str(m.PrimaryURL) ? { url: m.PrimaryURL } : {}),
        }),
      );
    }
    for (const modified of asArray(result.ExperimentalModifiedFindings ?? result.ModifiedFindings)) {
      if (!isObject(modified) || !isObject(modified.Finding)) continue;
      const reason = [
        str(modified.Status),
        str(modified.Statement),
        str(modified.Source) ? `(${modified.Source})` : undefined,
      ]
        .filter(Boolean)
        .join(' ');
      suppressed.push({
        finding: vulnerability(modified.Finding, target, path),
        reason: reason || 'modified by trivy',
      });
    }
  }
  return { findings, suppressed };
}
