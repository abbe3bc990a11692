import { pathToUri, SARIF_SCHEMA_URI, SRCROOT } from '../../formats/sarif.js';
import { REPOSITORY_URL, VERSION } from '../../version.js';
import { describeEntry } from './config.js';
import type { GateResult } from './gate.js';
import type { SecurityFinding, SecuritySeverity } from './types.js';

export const SECURITY_FINGERPRINT_KEY = 'shipshape-security/v1';
export const SECURITY_TOOL_NAME = 'shipshape-security-gate';
/**
 * Results per run that GitHub code scanning accepts (a log with more is rejected):
 * https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit
 */
export const SARIF_RESULT_LIMIT = 25_000;

const LEVEL: Record<SecuritySeverity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  unknown: 'warning',
};
/** GitHub code scanning reads security-severity as a CVSS-like score; used when the source gave none. */
const DEFAULT_SCORE: Record<SecuritySeverity, number> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0,
  unknown: 5.0,
};

function ruleKey(finding: SecurityFinding): string {
  return `${finding.source}/${finding.id}`;
}

function message(finding: SecurityFinding): string {
  const parts = [finding.title];
  if (finding.package) {
    parts.push(
      `Package: ${finding.package.name}${finding.package.version ? ` ${finding.package.version}` : ''}${finding.package.fixedIn ? `; fixed in ${finding.package.fixedIn}` : ''}.`,
    );
  }
  if (!finding.path && finding.target) parts.push(`Target: ${finding.target}.`);
  parts.push(
    `Severity: ${finding.severity}${finding.score !== undefined ? ` (${finding.score})` : ''}; reported by ${finding.source}.`,
  );
  return parts.join('\n');
}

function rule(finding: SecurityFinding): Record<string, unknown> {
  const score = finding.score ?? DEFAULT_SCORE[finding.severity];
  const aliases = finding.aliases.length ? ` Also known as ${finding.aliases.join(', ')}.` : '';
  const help = `${finding.title}${aliases}${finding.url ? `\n${finding.url}` : ''}`;
  return {
    id: ruleKey(finding),
    name: ruleKey(finding).replace(/[^A-Za-z0-9]+/g, '_'),
    shortDescription: { text: `${finding.id} (${finding.source})` },
    fullDescription: { text: `${finding.title}${aliases}` },
    ...(finding.url && /^https?:\/\//.test(finding.url) ? { helpUri: finding.url } : {}),
    help: {
      text: help,
      markdown: `${finding.title.replace(/[<>]/g, '')}${aliases}${finding.url ? `\n\n${finding.url}` : ''}`,
    },
    defaultConfiguration: { level: LEVEL[finding.severity] },
    properties: {
      tags: ['security', finding.category, finding.source],
      precision: 'high',
      'security-severity': score.toFixed(1),
    },
  };
}

/**
 * One SARIF 2.1.0 log for GitHub code scanning: one run (`shipshape-security-gate`, category
 * `shipshape-security/`), a rule per source and id, every gated finding as a result, allow-listed and
 * scanner-suppressed findings as results with an external suppression (code scanning shows them dismissed).
 * Findings in no repository file (image packages) point at the scanner report.
 */
export function buildSecuritySarif(result: GateResult): Record<string, unknown> {
  type Item = { finding: SecurityFinding; justification?: string };
  const items: Item[] = [
    ...result.findings.map((finding) => ({ finding })),
    ...result.allowed.map(({ finding, entry }) => ({
      finding,
      justification: `allow-list (${describeEntry(entry)}) until ${entry.expires}: ${entry.reason}`,
    })),
    ...result.suppressed.map(({ finding, reason }) => ({
      finding,
      justification: `suppressed by ${finding.source}: ${reason}`,
    })),
  ];
  // Gated findings come first, worst first, so the cap drops the least serious and the suppressed.
  const listed = items.length > SARIF_RESULT_LIMIT ? items.slice(0, SARIF_RESULT_LIMIT) : items;
  const omitted = items.length - listed.length;
  const rules: Record<string, unknown>[] = [];
  const index = new Map<string, number>();
  for (const { finding } of [...listed].sort((a, b) => ruleKey(a.finding).localeCompare(ruleKey(b.finding)))) {
    if (index.has(ruleKey(finding))) continue;
    index.set(ruleKey(finding), rules.length);
    rules.push(rule(finding));
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: SECURITY_TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules,
          },
        },
        automationDetails: { id: 'shipshape-security/' },
        ...(omitted > 0
          ? {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: [
                    {
                      level: 'warning',
                      message: {
                        text: `${omitted} of ${items.length} results are not listed in this log: GitHub code scanning accepts at most ${SARIF_RESULT_LIMIT} results per run. The gate's verdict and counts cover all of them; the least serious and the suppressed were left out.`,
                      },
                    },
                  ],
                },
              ],
            }
          : {}),
        columnKind: 'utf16CodeUnits',
        results: listed.map(({ finding, justification }) => {
          const uri = finding.path ?? finding.report ?? 'Dockerfile';
          return {
            ruleId: ruleKey(finding),
            ruleIndex: index.get(ruleKey(finding))!,
            level: LEVEL[finding.severity],
            message: { text: message(finding) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathToUri(uri), uriBaseId: SRCROOT },
                  region: { startLine: finding.path && finding.line && finding.line > 0 ? finding.line : 1 },
                },
              },
            ],
            partialFingerprints: { [SECURITY_FINGERPRINT_KEY]: finding.fingerprint },
            properties: { severity: finding.severity, source: finding.source, category: finding.category },
            ...(justification ? { suppressions: [{ kind: 'external', status: 'accepted', justification }] } : {}),
          };
        }),
      },
    ],
  };
}

export function formatSecuritySarif(result: GateResult): string {
  return `${JSON.stringify(buildSecuritySarif(result), null, 2)}\n`;
}
