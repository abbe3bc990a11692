import { makeFinding, severityFromWord, type ParseResult } from '../types.js';
import { asArray, isObject, normalizePath, num, ReportError, str, type ParseContext } from './util.js';

/**
 * `semgrep --json`: `results[]` with `extra.severity` in either vocabulary (ERROR/WARNING/INFO or
 * CRITICAL/HIGH/MEDIUM/LOW). Results semgrep marked ignored (`nosemgrep`) are suppressed.
 */
export function parseSemgrep(data: unknown, context: ParseContext): ParseResult {
  if (!isObject(data) || !Array.isArray(data.results))
    throw new ReportError('not a semgrep JSON report (no "results")');
  const result: ParseResult = { findings: [], suppressed: [] };
  for (const item of data.results) {
    if (!isObject(item)) continue;
    const extra = isObject(item.extra) ? item.extra : {};
    const id = str(item.check_id) ?? 'semgrep';
    const path = normalizePath(str(item.path), context.root);
    const line = num(item.start?.line);
    const cwe = asArray(extra.metadata?.cwe).map(String);
    const finding = makeFinding({
      source: 'semgrep',
      category: 'code',
      id,
      aliases: cwe.map((text) => /^(CWE-\d+)/.exec(text)?.[1]).filter((alias): alias is string => Boolean(alias)),
      title: str(extra.message)?.split('\n')[0]?.slice(0, 300) ?? id,
      severity: severityFromWord(extra.severity),
      ...(path ? { path } : {}),
      ...(line ? { line } : {}),
      ...(str(extra.metadata?.source) ? { url: extra.metadata.source } : {}),
    });
    if (extra.is_ignored === true) result.suppressed.push({ finding, reason: 'nosemgrep' });
    else result.findings.push(finding);
  }
  return result;
}
