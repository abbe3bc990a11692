import { fileURLToPath } from 'node:url';
import { parseReportSpec, readReport, type ReportTool } from '../../../src/stages/security/parsers/index.js';
import { cvss3BaseScore } from '../../../src/stages/security/cvss.js';
import type { ParseResult, SecuritySeverity } from '../../../src/stages/security/types.js';

const root = fileURLToPath(new URL('../../fixtures/scanner-outputs/', import.meta.url));
const read = (path: string, tool: ReportTool = 'auto'): ParseResult => readReport({ tool, path }, root);

function counts(result: ParseResult): Partial<Record<SecuritySeverity, number>> {
  const out: Partial<Record<SecuritySeverity, number>> = {};
  for (const finding of result.findings) out[finding.severity] = (out[finding.severity] ?? 0) + 1;
  return out;
}

/** Every real report: findings per severity and suppressed count, each format read with `auto` and with its tool name. */
const EXPECTED: [string, ReportTool, Partial<Record<SecuritySeverity, number>>, number][] = [
  ['npm-audit/npm-audit-v2-high-transitive.json', 'npm-audit', { high: 4, medium: 1 }, 0],
  ['npm-audit/npm-audit-v2-high-cwe-cvss.json', 'npm-audit', { high: 1 }, 0],
  ['npm-audit/npm-audit-v2-critical.json', 'npm-audit', { critical: 1 }, 0],
  ['npm-audit/npm-audit-v2-none.json', 'npm-audit', {}, 0],
  ['npm-audit/npm-audit-v1-legacy-critical.json', 'npm-audit', { critical: 1 }, 0],
  ['npm-audit/pnpm-audit-high.json', 'pnpm-audit', { high: 1 }, 0],
  ['osv-scanner/osv-scanner-debian-go-crates-with-groups.json', 'osv-scanner', { unknown: 1, high: 1, medium: 2 }, 0],
  ['osv-scanner/osv-scanner-go-rust-lockfiles.json', 'osv-scanner', { unknown: 1, high: 1 }, 0],
  ['osv-scanner/osv-scanner-npm-yarn-malicious.json', 'osv-scanner', { critical: 1 }, 0],
  ['pip-audit/pip-audit-many-vulns.json', 'pip-audit', { unknown: 8 }, 0],
  ['pip-audit/pip-audit-zero-vulns.json', 'pip-audit', { unknown: 1 }, 0],
  ['trivy/trivy-image-alpine-310.json', 'trivy', { medium: 4 }, 0],
  ['trivy/trivy-image-alpine-39-critical.json', 'trivy', { critical: 2, medium: 4 }, 0],
  ['trivy/trivy-fs-npm-with-suppressed.json', 'trivy', { high: 1 }, 1],
  ['trivy/trivy-repo-npm.json', 'trivy', { medium: 1 }, 0],
  ['trivy/trivy-repo-pnpm-critical.json', 'trivy', { critical: 1, medium: 1 }, 0],
  ['trivy/trivy-repo-secrets.json', 'trivy', { critical: 1, high: 1 }, 0],
  ['trivy/trivy-repo-dockerfile-misconfig.json', 'trivy', { high: 1 }, 0],
  ['trivy/trivy-image-alpine-310.sarif', 'trivy', { medium: 4 }, 0],
  ['grype/grype-image-chainguard-ruby.json', 'grype', { high: 2 }, 0],
  ['grype/grype-image-java-ghsa.json', 'grype', { medium: 1 }, 0],
  ['grype/grype-dir-presenter-snapshot.json', 'grype', { low: 1, critical: 1 }, 0],
  ['grype/grype-image-presenter-snapshot.sarif', 'grype', { high: 2 }, 0],
  ['gitleaks/gitleaks-report-simple.json', 'gitleaks', { high: 1 }, 0],
  ['gitleaks/gitleaks-report-simple.sarif', 'gitleaks', { high: 1 }, 0],
  ['gitleaks/gitleaks-report-empty.json', 'gitleaks', {}, 0],
  ['gitleaks/gitleaks-v8-many.json', 'gitleaks', { high: 4 }, 0],
  ['semgrep/semgrep-json-high-medium-low.json', 'semgrep', { low: 3 }, 0],
  ['codeql/codeql-action-testdata-valid-sarif.sarif', 'codeql', { low: 3 }, 0],
  ['codeql/codeql-action-testdata-fingerprinting2-input.sarif', 'codeql', { medium: 1 }, 0],
  ['sarif-misc/sarif-suppressions.sarif', 'sarif', { medium: 2 }, 3],
  ['sarif-misc/sarif-no-runs.sarif', 'sarif', {}, 0],
];

test.each(EXPECTED)('%s (%s): exact counts', (path, tool, expected, suppressed) => {
  for (const result of [read(path), read(path, tool)]) {
    expect(counts(result)).toEqual(expected);
    expect(result.suppressed.length).toBe(suppressed);
    for (const finding of result.findings) {
      expect(finding.fingerprint).toMatch(/^[a-f0-9]{32}$/);
      expect(finding.report).toBe(path);
    }
    expect(new Set(result.findings.map((finding) => finding.fingerprint)).size).toBe(result.findings.length);
  }
});

test('npm audit v2: advisories from via[], transitive string entries are not findings, moderate is medium', () => {
  const result = read('npm-audit/npm-audit-v2-high-transitive.json');
  expect(result.findings.map((f) => [f.id, f.package?.name, f.severity])).toEqual([
    ['GHSA-cph5-m8f7-6c5x', 'axios', 'high'],
    ['GHSA-4w2v-q235-vp99', 'axios', 'high'],
    ['GHSA-42xw-2xvc-qx8m', 'axios', 'high'],
    ['GHSA-pw2r-vq6v-hr8c', 'follow-redirects', 'medium'],
    ['GHSA-74fj-2j2h-c42q', 'follow-redirects', 'high'],
  ]);
  const cvss = read('npm-audit/npm-audit-v2-high-cwe-cvss.json').findings[0]!;
  expect(cvss).toMatchObject({
    id: 'GHSA-hrpp-h998-j3pp',
    score: 7.5,
    path: 'package-lock.json',
    url: 'https://github.com/advisories/GHSA-hrpp-h998-j3pp',
  });
});

test('npm audit v1 and pnpm audit: advisories with CVE aliases and versions', () => {
  const pnpm = read('npm-audit/pnpm-audit-high.json', 'pnpm-audit').findings[0]!;
  expect(pnpm).toMatchObject({
    source: 'pnpm-audit',
    id: 'GHSA-hrpp-h998-j3pp',
    aliases: ['CVE-2022-24999', 'npm:1094102'],
    path: 'pnpm-lock.yaml',
  });
  expect(pnpm.package).toEqual({ name: 'qs', ecosystem: 'npm', version: '6.10.2', fixedIn: '>=6.10.3' });
  const legacy = read('npm-audit/npm-audit-v1-legacy-critical.json').findings[0]!;
  expect(legacy).toMatchObject({ id: 'GHSA-28xh-wpgr-7fm8', severity: 'critical', title: 'Command Injection in open' });
});

test('osv-scanner: one finding per alias group, CVSS vectors scored, MAL- records critical malware, empty max_severity unknown', () => {
  const rust = read('osv-scanner/osv-scanner-go-rust-lockfiles.json').findings;
  expect(rust.map((f) => [f.id, f.severity, f.score, f.path])).toEqual([
    ['GO-2021-0053', 'unknown', undefined, 'path/to/go.mod'],
    ['GHSA-m5pq-gvj9-9vr8', 'high', 7.5, 'path/to/sub-rust-project/Cargo.lock'],
  ]);
  expect(rust[1]!.aliases).toEqual(['CVE-2022-24713', 'RUSTSEC-2022-0013']);
  const malware = read('osv-scanner/osv-scanner-npm-yarn-malicious.json').findings[0]!;
  expect(malware).toMatchObject({
    id: 'MAL-2023-1035',
    category: 'malware',
    severity: 'critical',
    package: { name: 'flot-axis', version: '0.0.0', ecosystem: 'npm' },
  });
  const debian = read('osv-scanner/osv-scanner-debian-go-crates-with-groups.json').findings;
  expect(debian.map((f) => [f.package?.name, f.severity])).toEqual([
    ['chromium', 'unknown'],
    ['golang.org/x/net', 'high'],
    ['ascii', 'medium'],
    ['time', 'medium'],
  ]);
});

test('trivy: image OS packages point at the target, lockfiles at the file, VEX-modified findings are suppressed', () => {
  const image = read('trivy/trivy-image-alpine-39-critical.json').findings;
  const critical = image.filter((f) => f.severity === 'critical');
  expect(critical.map((f) => [f.id, f.package?.name, f.path, f.target])).toEqual([
    ['CVE-2019-14697', 'musl', undefined, 'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)'],
    ['CVE-2019-14697', 'musl-utils', undefined, 'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)'],
  ]);
  const vex = read('trivy/trivy-fs-npm-with-suppressed.json');
  expect(vex.findings[0]).toMatchObject({
    id: 'CVE-2017-20165',
    package: { name: 'debug', version: '3.0.1' },
    path: 'package-lock.json',
  });
  expect(vex.suppressed.map((s) => [s.finding.id, s.reason])).toEqual([
    ['CVE-2017-16137', 'not_affected vulnerable_code_not_in_execute_path (./vex.json)'],
  ]);
  const secrets = read('trivy/trivy-repo-secrets.json').findings;
  expect(secrets.map((f) => [f.category, f.id, f.path, f.line])).toEqual([
    ['secret', 'aws-access-key-id', 'deploy.sh', 3],
    ['secret', 'mysecret', 'deploy.sh', 7],
  ]);
  expect(read('trivy/trivy-repo-dockerfile-misconfig.json').findings[0]).toMatchObject({
    category: 'misconfiguration',
    id: 'DS-0002',
    path: 'Dockerfile',
  });
});

test('grype: related GHSA/CVE matches of one package merge, Title-case severities read', () => {
  const ruby = read('grype/grype-image-chainguard-ruby.json').findings;
  expect(ruby.map((f) => [f.id, f.package?.name, f.aliases])).toEqual([
    ['CVE-2023-28755', 'ruby-3.0', []],
    ['GHSA-hv5j-3h9f-99c2', 'uri', ['CVE-2023-28755']],
  ]);
  const java = read('grype/grype-image-java-ghsa.json').findings;
  expect(java.map((f) => [f.id, f.aliases, f.severity])).toEqual([
    ['GHSA-cfh5-3ghh-wfjx', ['CVE-2014-3577'], 'medium'],
  ]);
});

test('SARIF: security-severity wins over level, gitleaks without level is high, suppressions and multi-run logs', () => {
  const grype = read('grype/grype-image-presenter-snapshot.sarif').findings;
  expect(grype.map((f) => [f.id, f.severity, f.score])).toEqual([
    ['CVE-1999-0001-package-1', 'high', 8.2],
    ['CVE-1999-0002-package-2', 'high', 8.5],
  ]);
  expect(read('gitleaks/gitleaks-report-simple.sarif').findings[0]).toMatchObject({
    source: 'gitleaks',
    category: 'secret',
    severity: 'high',
    path: 'auth.py',
    line: 1,
  });
  const suppressed = read('sarif-misc/sarif-suppressions.sarif');
  expect(suppressed.findings.map((f) => f.id)).toEqual(['TST0004', 'TST0005']);
  expect(suppressed.suppressed.map((s) => [s.finding.id, s.reason])).toEqual([
    ['TST0001', 'suppressed (external)'],
    ['TST0002', 'suppressed (external)'],
    ['TST0003', 'suppressed (inSource)'],
  ]);
  expect(
    read('codeql/codeql-action-testdata-valid-sarif.sarif').findings.map((f) => [f.source, f.id, f.path, f.line]),
  ).toEqual([
    ['lgtm.com', 'js/unused-local-variable', 'main.js', 2],
    ['codeql', 'js/unused-local-variable', 'main.js', 2],
    ['codeql', 'js/inconsistent-use-of-new', 'src/promiseUtils.js', 2],
  ]);
});

test('report specs and errors name the file and the tool', () => {
  expect(parseReportSpec('trivy:out/trivy.json')).toEqual({ tool: 'trivy', path: 'out/trivy.json' });
  expect(parseReportSpec('reports/x.sarif')).toEqual({ tool: 'auto', path: 'reports/x.sarif' });
  expect(parseReportSpec('C:\\x.json')).toEqual({ tool: 'auto', path: 'C:\\x.json' });
  expect(() => parseReportSpec('snyk:x.json')).toThrow('unknown scanner "snyk" in "snyk:x.json"');
  expect(() => read('missing.json')).toThrow('scanner report missing.json: cannot read it (ENOENT)');
  expect(() => read('README.md')).toThrow(/^scanner report README\.md: not valid JSON/);
  expect(() => read('npm-audit/npm-audit-v2-none.json', 'trivy')).toThrow(
    'scanner report npm-audit/npm-audit-v2-none.json (trivy): not a trivy JSON report (no "Results")',
  );
});

test('CVSS v3 base scores match the FIRST calculator', () => {
  expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H')).toBe(7.5);
  expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
  expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N')).toBe(6.1);
  expect(cvss3BaseScore('CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L')).toBe(5.6);
  expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H')).toBe(10);
  expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N')).toBe(0);
  expect(cvss3BaseScore('AV:N/AC:L/Au:N/C:P/I:N/A:N')).toBeUndefined();
});

test('pip-audit: one unknown-severity finding per advisory, and a skipped dependency is a finding, not a pass', () => {
  const result = read('pip-audit/pip-audit-many-vulns.json');
  expect(result.findings.map((finding) => [finding.package?.name, finding.id])).toEqual([
    ['aiohttp', 'PYSEC-2021-76'],
    ['azure-devops', 'pip-audit/not-audited'],
    ['django', 'PYSEC-2021-439'],
    ['lxml', 'PYSEC-2021-852'],
    ['twisted', 'PYSEC-2019-128'],
    ['twisted', 'PYSEC-2020-260'],
    ['twisted', 'PYSEC-2019-129'],
    ['twisted', 'PYSEC-2020-259'],
  ]);
  expect(result.findings[2]).toMatchObject({
    source: 'pip-audit',
    severity: 'unknown',
    title:
      'In Django 2.2 before 2.2.25, 3.1 before 3.1.14, and 3.2 before 3.2.10, HTTP requests for URLs with trailing newlines could bypass upstream access control based on URL paths. (fixed in 2.2.25, 3.1.14, 3.2.10)',
    package: { name: 'django', version: '3.2.9', ecosystem: 'PyPI' },
  });
  expect(result.findings[1]!.title).toBe(
    'not audited: Dependency not found on PyPI and could not be audited: azure-devops (0.17.0)',
  );
});
