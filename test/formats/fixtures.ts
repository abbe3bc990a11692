import { docsUrl } from '../../src/core/engine.js';
import type { Finding, Severity } from '../../src/core/finding.js';
import { Registry } from '../../src/core/registry.js';
import { defineRule, type RuleMeta } from '../../src/core/rule.js';
import type { ReportInput } from '../../src/formats/types.js';

function testRule(meta: Partial<RuleMeta> & Pick<RuleMeta, 'id' | 'domain'>) {
  return defineRule({
    meta: {
      description: `Checks ${meta.id}.`,
      category: 'correctness',
      defaultSeverity: 'warning',
      recommended: true,
      messages: { m: 'message' },
      ...meta,
    },
    create: () => ({}),
  });
}

export const latest = testRule({
  id: 'docker/no-latest-tag',
  domain: 'dockerfile',
  description: 'Base images must be pinned.',
  category: 'best-practice',
  equivalents: { hadolint: ['DL3006', 'DL3007'] },
});
export const secret = testRule({
  id: 'gha/secret-in-run',
  domain: 'github-actions',
  description: 'Secrets must not be interpolated into run scripts.',
  category: 'security',
  defaultSeverity: 'error',
  securitySeverity: 9.1,
});
export const style = testRule({
  id: 'k8s/label-style',
  domain: 'kubernetes',
  category: 'style',
  defaultSeverity: 'note',
});

export const registry = new Registry([latest, secret, style]);

export function finding(
  rule: ReturnType<typeof testRule>,
  severity: Severity,
  path: string,
  line: number,
  column: number,
  message: string,
  extra: Partial<Finding> = {},
): Finding {
  return {
    ruleId: rule.meta.id,
    message,
    severity,
    path,
    span: { line, column, endLine: line, endColumn: column + 5 },
    nodePath: `n${line}`,
    docsUrl: docsUrl(rule),
    fingerprint: `fp-${rule.meta.id.replace('/', '-')}-${line}`,
    ...extra,
  };
}

/** Three findings of three rules in two files, one notice. */
export function sampleInput(): ReportInput {
  return {
    registry,
    checked: { dockerfile: 1, 'github-actions': 1, kubernetes: 1 },
    notices: [{ path: 'big.yml', message: 'skipped: larger than 10 bytes (max-file-size)' }],
    findings: [
      finding(secret, 'error', '.github/workflows/ci.yml', 12, 9, 'Secret "TOKEN" is interpolated into a run script.', {
        span: { line: 12, column: 9, endLine: 14, endColumn: 3 },
      }),
      finding(latest, 'warning', 'app dir/Dockerfile', 1, 1, 'Base image "node:latest" uses the `latest` tag.'),
      finding(style, 'note', 'deploy/app.yaml', 3, 5, 'Label "App" is not lower-case.'),
    ],
  };
}
