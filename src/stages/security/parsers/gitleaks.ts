import { hashParts, makeFinding, type ParseResult } from '../types.js';
import { isObject, normalizePath, num, ReportError, str, type ParseContext } from './util.js';

/**
 * `gitleaks detect --report-format json`: an array of leaks. gitleaks has no severity: a leaked credential is
 * rated high. The secret itself is never kept; the identity is rule, file, line and commit, as gitleaks'
 * own fingerprint.
 */
export function parseGitleaks(data: unknown, context: ParseContext): ParseResult {
  if (!Array.isArray(data)) throw new ReportError('not a gitleaks JSON report (expected an array)');
  const findings = data.filter(isObject).map((leak) => {
    const id = str(leak.RuleID) ?? 'secret';
    const path = normalizePath(str(leak.File), context.root);
    const line = num(leak.StartLine);
    return makeFinding({
      source: 'gitleaks',
      category: 'secret',
      id,
      title: str(leak.Description) ? `${leak.Description} (${id})` : `Secret found by rule ${id}`,
      severity: 'high',
      ...(path ? { path } : {}),
      ...(line ? { line } : {}),
      fingerprint: hashParts('gitleaks', id, path, line, str(leak.Commit)),
    });
  });
  return { findings, suppressed: [] };
}
