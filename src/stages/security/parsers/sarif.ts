import { sarifShapeProblem } from './sarif-validate.js';
import {
  hashParts,
  makeFinding,
  severityFromScore,
  type FindingCategory,
  type ParseResult,
  type SecuritySeverity,
} from '../types.js';
import { asArray, isObject, normalizePath, num, ReportError, str, type Json, type ParseContext } from './util.js';

export function isSarif(data: unknown): boolean {
  return isObject(data) && Array.isArray(data.runs) && (data.version === '2.1.0' || typeof data.$schema === 'string');
}

/** A driver's name as a source id: `Trivy` → `trivy`, `CodeQL command-line toolchain` → `codeql`. */
export function sourceName(driver: string): string {
  if (/codeql/i.test(driver)) return 'codeql';
  return driver.trim().toLowerCase().replace(/\s+/g, '-') || 'sarif';
}

const LEVEL: Record<string, SecuritySeverity> = { error: 'high', warning: 'medium', note: 'low' };

/**
 * Any SARIF 2.1.0 log (trivy, grype, gitleaks, CodeQL, semgrep, …). Severity: `security-severity` (result, then
 * rule) by GitHub's bands; else the level (result, then the rule's default, else `warning`): error → high,
 * warning → medium, note → low. gitleaks gives neither and is rated high like its JSON. Results with
 * `kind` other than `fail`, or level `none`, are not findings; results with an accepted suppression are suppressed.
 */
export function parseSarif(data: unknown, context: ParseContext): ParseResult {
  if (!isSarif(data)) throw new ReportError('not a SARIF 2.1.0 log (no "runs")');
  // A log of the wrong shape (`"results": "x"`) would otherwise yield no findings and pass the gate.
  const problem = sarifShapeProblem(data);
  if (problem) throw new ReportError(`not a valid SARIF 2.1.0 log: ${problem}`);
  const result: ParseResult = { findings: [], suppressed: [] };
  for (const run of asArray((data as Json).runs)) {
    if (!isObject(run)) continue;
    const driver = isObject(run.tool?.driver) ? run.tool.driver : {};
    const source = sourceName(str(driver.name) ?? 'sarif');
    const rules = asArray(driver.rules).filter(isObject);
    const byId = new Map(rules.map((rule) => [String(rule.id), rule]));
    for (const item of asArray(run.results)) {
      if (!isObject(item)) continue;
      if (item.kind && item.kind !== 'fail') continue;
      const ruleId = str(item.ruleId) ?? str(item.rule?.id) ?? 'result';
      const index = num(item.ruleIndex) ?? num(item.rule?.index);
      const rule: Json = (index !== undefined ? rules[index] : undefined) ?? byId.get(ruleId) ?? {};
      const level = str(item.level) ?? str(rule.defaultConfiguration?.level) ?? 'warning';
      if (level === 'none') continue;
      const tags = [...asArray(rule.properties?.tags), ...asArray(item.properties?.tags)].map((tag) =>
        String(tag).toLowerCase(),
      );
      const category: FindingCategory =
        source === 'gitleaks' || tags.includes('secret')
          ? 'secret'
          : tags.includes('vulnerability')
            ? 'vulnerability'
            : tags.includes('misconfiguration')
              ? 'misconfiguration'
              : 'code';
      const score = num(item.properties?.['security-severity']) ?? num(rule.properties?.['security-severity']);
      const severity: SecuritySeverity =
        score !== undefined ? severityFromScore(score) : category === 'secret' ? 'high' : (LEVEL[level] ?? 'unknown');
      const location = asArray(item.locations)[0]?.physicalLocation;
      const path = normalizePath(str(location?.artifactLocation?.uri), context.root);
      const line = num(location?.region?.startLine);
      const message = str(item.message?.text) ?? str(rule.shortDescription?.text) ?? ruleId;
      const fingerprints = {
        ...(isObject(item.partialFingerprints) ? item.partialFingerprints : {}),
        ...(isObject(item.fingerprints) ? item.fingerprints : {}),
      };
      // Only location-like fingerprints identify a result; gitleaks puts commit metadata there.
      const known = Object.entries(fingerprints)
        .filter(([key, value]) => /hash|fingerprint|v\d/i.test(key) && typeof value === 'string' && value)
        .map(([key, value]) => `${key}=${value}`)
        .sort()
        .join(';');
      const finding = makeFinding({
        source,
        category,
        id: ruleId,
        title: message.split('\n')[0]!.slice(0, 300),
        severity,
        ...(score !== undefined ? { score } : {}),
        ...(path ? { path } : { target: context.reportPath }),
        ...(line ? { line } : {}),
        ...(str(rule.helpUri) ? { url: rule.helpUri } : {}),
        fingerprint: hashParts(source, ruleId, path, known || `${line ?? ''}\u0000${message}`),
      });
      const suppressions = asArray(item.suppressions).filter(isObject);
      const accepted = suppressions.find((suppression) => !suppression.status || suppression.status === 'accepted');
      if (accepted)
        result.suppressed.push({
          finding,
          reason: `suppressed (${str(accepted.kind) ?? 'external'})${str(accepted.justification) ? `: ${accepted.justification}` : ''}`,
        });
      else result.findings.push(finding);
    }
  }
  return result;
}
