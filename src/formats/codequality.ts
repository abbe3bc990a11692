import type { Finding } from '../core/finding.js';
import type { Registry } from '../core/registry.js';
import type { Category } from '../core/rule.js';
import { TOOL_NAME } from '../version.js';
import type { Formatter } from './types.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

export interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  content: { body: string };
  categories: string[];
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number; end: number } };
  engine_name: string;
}

/** Code Climate issue categories. */
const CATEGORY: Record<Category, string> = {
  correctness: 'Bug Risk',
  security: 'Security',
  'best-practice': 'Bug Risk',
  performance: 'Performance',
  style: 'Style',
};

/**
 * note → info, warning → minor, error → major; an error of a rule with a security severity of 7.0 or more
 * becomes critical, 9.0 or more blocker (the CVSS "high" and "critical" bands).
 */
export function codeQualitySeverity(finding: Finding, registry: Registry): CodeQualitySeverity {
  if (finding.severity === 'note') return 'info';
  if (finding.severity === 'warning') return 'minor';
  const score = registry.byId.get(finding.ruleId)?.meta.securitySeverity;
  if (score !== undefined && score >= 9) return 'blocker';
  if (score !== undefined && score >= 7) return 'critical';
  return 'major';
}

export function buildCodeQuality({ findings, registry }: Parameters<Formatter>[0]): CodeQualityIssue[] {
  return findings.map((finding) => {
    const category = registry.byId.get(finding.ruleId)?.meta.category;
    return {
      type: 'issue',
      check_name: finding.ruleId,
      description: finding.message,
      content: { body: `${finding.ruleId}: ${finding.docsUrl}` },
      categories: [category ? CATEGORY[category] : 'Bug Risk'],
      fingerprint: finding.fingerprint,
      severity: codeQualitySeverity(finding, registry),
      location: {
        path: finding.path,
        lines: { begin: finding.span.line, end: Math.max(finding.span.line, finding.span.endLine) },
      },
      engine_name: TOOL_NAME,
    };
  });
}

/**
 * GitLab Code Quality (a subset of the Code Climate issue format): a JSON array, one issue per finding, with the
 * finding's line-independent fingerprint so merge requests show new and fixed issues. Notices have no place here.
 */
export const formatCodeQuality: Formatter = (input) => `${JSON.stringify(buildCodeQuality(input), null, 2)}\n`;
