import { fileURLToPath } from 'node:url';
import { sarifValidator } from '../../formats/sarif-validator.js';
import { parseSecurityConfig, type SecurityConfig } from '../../../src/stages/security/config.js';
import { formatGateMarkdown, formatGateText, runGate, mdEscape } from '../../../src/stages/security/gate.js';
import { readReport } from '../../../src/stages/security/parsers/index.js';
import { buildSecuritySarif } from '../../../src/stages/security/sarif-out.js';
import { makeFinding, type ParseResult } from '../../../src/stages/security/types.js';

const root = fileURLToPath(new URL('../../fixtures/scanner-outputs/', import.meta.url));
const NOW = new Date('2026-06-01T12:00:00Z');
const REPORTS = [
  'trivy/trivy-image-alpine-39-critical.json',
  'npm-audit/npm-audit-v2-high-transitive.json',
  'osv-scanner/osv-scanner-go-rust-lockfiles.json',
  'gitleaks/gitleaks-report-simple.json',
  'sarif-misc/sarif-suppressions.sarif',
];
const results = (): ParseResult[] => REPORTS.map((path) => readReport({ tool: 'auto', path }, root));
const config = (yaml: string): SecurityConfig => parseSecurityConfig(yaml, 'security.yml');

test('merged real reports: exact counts per severity and per source; fail-on decides what blocks', () => {
  const high = runGate(results(), config('fail-on: high'), NOW);
  expect(high.counts).toEqual({ critical: 2, high: 6, medium: 7, low: 0, unknown: 1 });
  expect(high.findings.length).toBe(16);
  expect(high.bySource).toEqual({
    codescanner: { critical: 0, high: 0, medium: 2, low: 0, unknown: 0 },
    gitleaks: { critical: 0, high: 1, medium: 0, low: 0, unknown: 0 },
    'npm-audit': { critical: 0, high: 4, medium: 1, low: 0, unknown: 0 },
    'osv-scanner': { critical: 0, high: 1, medium: 0, low: 0, unknown: 1 },
    trivy: { critical: 2, high: 0, medium: 4, low: 0, unknown: 0 },
  });
  expect(high.suppressed.length).toBe(3);
  expect(high.blocked).toBe(true);
  expect(high.blocking.length).toBe(8);
  expect(high.blocking.slice(0, 2).map((f) => [f.severity, f.id, f.package?.name])).toEqual([
    ['critical', 'CVE-2019-14697', 'musl'],
    ['critical', 'CVE-2019-14697', 'musl-utils'],
  ]);
  expect(runGate(results(), config('fail-on: critical'), NOW).blocking.length).toBe(2);
  // unknown is gated as medium by default, as low when configured.
  expect(runGate(results(), config('fail-on: medium'), NOW).blocking.length).toBe(16);
  expect(runGate(results(), config('fail-on: medium\nunknown-severity: low'), NOW).blocking.length).toBe(15);
  const never = runGate(results(), config('fail-on: never'), NOW);
  expect([never.blocked, never.blocking.length, never.findings.length]).toEqual([false, 0, 16]);
});

test('allow-list: an unexpired entry allows by id or alias; an expired one stops allowing and says so', () => {
  const allowed = runGate(
    results(),
    config(`fail-on: critical
allow:
  - id: CVE-2019-14697
    source: trivy
    reason: musl is not used by the service binary
    expires: 2026-06-01
  - id: CVE-2022-24713
    reason: regex input is trusted
    expires: "2027-01-31"
  - id: CVE-0000-0000
    reason: stale
    expires: 2030-01-01
`),
    NOW,
  );
  expect(allowed.blocked).toBe(false);
  expect(allowed.allowed.map(({ finding }) => [finding.id, finding.package?.name])).toEqual([
    ['CVE-2019-14697', 'musl'],
    ['CVE-2019-14697', 'musl-utils'],
    ['GHSA-m5pq-gvj9-9vr8', 'regex'],
  ]);
  expect(allowed.findings.length).toBe(13);
  expect(allowed.unused.map((entry) => entry.id)).toEqual(['CVE-0000-0000']);

  const expired = runGate(
    results(),
    config(`fail-on: critical
allow:
  - id: CVE-2019-14697
    reason: musl is not used by the service binary
    expires: 2026-05-31
`),
    NOW,
  );
  expect(expired.blocked).toBe(true);
  expect(expired.blocking.length).toBe(2);
  expect(expired.expired).toEqual([
    {
      entry: { id: 'CVE-2019-14697', reason: 'musl is not used by the service binary', expires: '2026-05-31' },
      matched: 2,
    },
  ]);
  const text = formatGateText(expired);
  expect(text).toContain('Security gate: BLOCKED by 2 findings at or above critical (16 in all).');
  expect(text).toContain(
    'Allow-list entry CVE-2019-14697 expired on 2026-05-31 and no longer allows anything (2 findings gated again); reason was: musl is not used by the service binary',
  );
  expect(formatGateMarkdown(expired)).toContain('### Expired allow-list entries');
});

test('the text summary lists counts per source and the top offenders', () => {
  const text = formatGateText(runGate(results(), config('fail-on: high'), NOW), 3);
  expect(text.split('\n').slice(0, 12)).toEqual([
    'Security gate: BLOCKED by 8 findings at or above high (16 in all).',
    '  critical 2, high 6, medium 7, low 0, unknown 1',
    '  codescanner: medium 2',
    '  gitleaks: high 1',
    '  npm-audit: high 4, medium 1',
    '  osv-scanner: high 1, unknown 1',
    '  trivy: critical 2, medium 4',
    'Top offenders:',
    '  [critical] trivy CVE-2019-14697 in musl 1.1.20-r4 (fixed in 1.1.20-r5) in testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4): musl libc through 1.1.23 has an x87 floating-point stack adjustment imbalance, related to the math/i386/ directory.',
    '  [critical] trivy CVE-2019-14697 in musl-utils 1.1.20-r4 (fixed in 1.1.20-r5) in testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4): musl libc through 1.1.23 has an x87 floating-point stack adjustment imbalance, related to the math/i386/ directory.',
    "  [high] osv-scanner GHSA-m5pq-gvj9-9vr8 in regex 1.5.1 at path/to/sub-rust-project/Cargo.lock: Rust's regex crate vulnerable to regular expression denial of service",
    '  … and 5 more',
  ]);
});

test('the SARIF log is valid SARIF 2.1.0 with one run, every finding, allowed and suppressed ones dismissed', () => {
  const result = runGate(
    results(),
    config('fail-on: high\nallow:\n  - id: CVE-2019-14697\n    reason: not shipped\n    expires: 2099-01-01\n'),
    NOW,
  );
  const sarif = buildSecuritySarif(result) as any;
  const validate = sarifValidator();
  expect(validate(sarif)).toBe(true);
  expect(sarif.runs.length).toBe(1);
  const run = sarif.runs[0];
  expect(run.tool.driver.name).toBe('shipshape-security-gate');
  expect(run.automationDetails).toEqual({ id: 'shipshape-security/' });
  expect(run.results.length).toBe(14 + 2 + 3);
  expect(run.results.filter((r: any) => r.suppressions).length).toBe(5);
  for (const item of run.results) {
    expect(run.tool.driver.rules[item.ruleIndex].id).toBe(item.ruleId);
    expect(Object.keys(item.partialFingerprints)).toEqual(['shipshape-security/v1']);
    expect(item.locations[0].physicalLocation.artifactLocation.uri).not.toMatch(/^\//);
  }
  const musl = run.results.find((r: any) => r.ruleId === 'trivy/CVE-2019-14697');
  expect(musl.level).toBe('error');
  expect(musl.locations[0].physicalLocation.artifactLocation.uri).toBe('trivy/trivy-image-alpine-39-critical.json');
  expect(musl.suppressions[0].justification).toBe('allow-list (CVE-2019-14697) until 2099-01-01: not shipped');
  const rule = run.tool.driver.rules.find(
    (r: any) => r.id === 'npm-audit/GHSA-hrpp-h998-j3pp' || r.id === 'osv-scanner/GHSA-m5pq-gvj9-9vr8',
  );
  expect(rule.properties['security-severity']).toBe('7.5');
});

test('Markdown summary escapes everything a report supplies', () => {
  const hostile = makeFinding({
    source: 'evil|tool',
    category: 'code',
    id: '<img src=x onerror=alert(1)>',
    title: 'line one\n| forged | row |\n`code` ::set-output name=x::y',
    severity: 'critical',
    path: 'a|b.js',
  });
  const markdown = formatGateMarkdown(runGate([{ findings: [hostile], suppressed: [] }], config('fail-on: high'), NOW));
  expect(markdown).not.toContain('<img');
  expect(markdown).not.toContain('\n| forged');
  expect(markdown).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
  expect(mdEscape('a|b`c\nd')).toBe('a\\|b\\`c d');
});

test('config errors name the file and the entry; entries need a reason and an expiry date', () => {
  expect(() => config('fail-on: severe')).toThrow(
    'security.yml: fail-on must be one of critical, high, medium, low, never, not "severe"',
  );
  expect(() => config('allow:\n  - id: CVE-1\n    reason: x\n')).toThrow(
    'security.yml: allow[0]: give an expiry date (expires: YYYY-MM-DD); allow-list entries cannot be permanent',
  );
  expect(() => config('allow:\n  - id: CVE-1\n    expires: 2026-01-01\n')).toThrow(
    'security.yml: allow[0]: give a reason',
  );
  expect(() => config('allow:\n  - reason: x\n    expires: 2026-01-01\n')).toThrow(
    'security.yml: allow[0]: give an id (advisory or rule id) or a fingerprint',
  );
  expect(() => config('allow:\n  - id: CVE-1\n    reason: x\n    expires: 2026-02-30\n')).toThrow(
    'security.yml: allow[0].expires must be a date YYYY-MM-DD, not "2026-02-30"',
  );
  expect(() => config('allow:\n  - id: CVE-1\n    reason: x\n    expires: 2026-02-01\n    until: never\n')).toThrow(
    'security.yml: allow[0]: unknown key "until"',
  );
  expect(() => config('severity: high')).toThrow(
    'security.yml: unknown key "severity" (known: fail-on, unknown-severity, allow, secrets)',
  );
  expect(config('').failOn).toBe('high');
});
