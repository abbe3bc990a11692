import { makeFinding, type ParseResult, type SecurityFinding } from '../types.js';
import { asArray, isObject, ReportError, str, type ParseContext } from './util.js';

/**
 * `pip-audit --format json`: `dependencies[]` with `vulns[]` (id, aliases, fix_versions, description). pip-audit
 * rates nothing, so every advisory is `unknown` and gated as the config's unknown-severity. A dependency pip-audit
 * skipped (`skip_reason`, e.g. not on PyPI) was not checked: it becomes a finding too, so a gap is never a pass.
 */
export function parsePipAudit(data: unknown, _context: ParseContext): ParseResult {
  if (!isObject(data) || !Array.isArray(data.dependencies))
    throw new ReportError('not a pip-audit JSON report (no "dependencies")');
  const findings: SecurityFinding[] = [];
  for (const dependency of data.dependencies) {
    if (!isObject(dependency)) continue;
    const name = str(dependency.name) ?? 'unknown';
    const version = str(dependency.version);
    const pkg = { name, ecosystem: 'PyPI', ...(version ? { version } : {}) };
    const skipped = str(dependency.skip_reason);
    if (skipped) {
      findings.push(
        makeFinding({
          source: 'pip-audit',
          category: 'vulnerability',
          id: 'pip-audit/not-audited',
          title: `not audited: ${skipped.slice(0, 200)}`,
          severity: 'unknown',
          package: pkg,
        }),
      );
      continue;
    }
    for (const vulnerability of asArray(dependency.vulns)) {
      if (!isObject(vulnerability) || !str(vulnerability.id)) continue;
      const id = String(vulnerability.id);
      const fixes = asArray(vulnerability.fix_versions).filter((fix): fix is string => typeof fix === 'string');
      findings.push(
        makeFinding({
          source: 'pip-audit',
          category: 'vulnerability',
          id,
          aliases: asArray(vulnerability.aliases).filter((alias): alias is string => typeof alias === 'string'),
          title: `${(str(vulnerability.description)?.split(/(?<=\.)\s/)[0] ?? id).slice(0, 200)}${fixes.length ? ` (fixed in ${fixes.join(', ')})` : ''}`,
          severity: 'unknown',
          package: pkg,
          url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
        }),
      );
    }
  }
  return { findings, suppressed: [] };
}
