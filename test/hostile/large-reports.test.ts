/**
 * Scanner reports too large for one JSON.parse, through the real CLI in a child process with a time bound: each
 * format's list of findings is read in batches, the verdict and counts are exact, the text output lists the top
 * offenders and says how many more there are, and the SARIF log written stays valid and within GitHub's limit.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { STREAM_ABOVE_BYTES } from '../../src/stages/security/parsers/index.js';
import { cliBundle, makeTree, removeTree, runShipshape, sizeOf } from './harness.js';

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;

/** A generated report: `head`, then `count` elements joined by commas, then `tail`; written in pieces. */
interface Shape {
  head: string;
  element: (i: number) => string;
  tail: string;
}

const SHAPES: Record<string, Shape> = {
  trivy: {
    head: '{"SchemaVersion":2,"ArtifactName":"app","ArtifactType":"filesystem","Results":[{"Target":"package-lock.json","Class":"lang-pkgs","Type":"npm","Vulnerabilities":[',
    element: (i) =>
      JSON.stringify({
        VulnerabilityID: `CVE-2024-${i}`,
        PkgName: `pkg${i % 5000}`,
        InstalledVersion: `1.0.${i}`,
        FixedVersion: `1.1.${i}`,
        Severity: SEVERITIES[i % 4],
        Title: `Issue ${i} "quoted" \\ and escaped`,
        Description: `A longer description of issue ${i}. It goes on.`,
        PrimaryURL: `https://avd.example/CVE-2024-${i}`,
      }),
    tail: ']}]}\n',
  },
  sarif: {
    head: '{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json","runs":[{"tool":{"driver":{"name":"scanner","rules":[{"id":"r"}]}},"results":[',
    element: (i) =>
      JSON.stringify({
        ruleId: 'r',
        level: (['error', 'error', 'warning', 'note'] as const)[i % 4],
        message: { text: `finding ${i}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: `src/f${i}.ts` }, region: { startLine: 3 } } }],
      }),
    tail: ']}]}\n',
  },
  'npm-audit': {
    head: '{"auditReportVersion":2,"vulnerabilities":{',
    element: (i) =>
      `"pkg${i}":${JSON.stringify({
        name: `pkg${i}`,
        severity: SEVERITIES[i % 4]!.toLowerCase(),
        via: [
          {
            source: i,
            name: `pkg${i}`,
            title: `Advisory ${i}`,
            url: `https://github.com/advisories/GHSA-${i}`,
            severity: SEVERITIES[i % 4]!.toLowerCase(),
            range: '<2.0.0',
          },
        ],
      })}`,
    tail: '}}\n',
  },
  grype: {
    head: '{"source":{"type":"directory","target":"."},"matches":[',
    element: (i) =>
      JSON.stringify({
        vulnerability: { id: `CVE-2024-${i}`, severity: SEVERITIES[i % 4], description: `issue ${i}` },
        artifact: { name: `pkg${i}`, version: '1.0.0', type: 'npm' },
      }),
    tail: ']}\n',
  },
  gitleaks: {
    head: '[',
    element: (i) =>
      JSON.stringify({
        RuleID: 'generic-api-key',
        Description: 'Generic API Key',
        File: `config/f${i}.env`,
        StartLine: 1 + (i % 7),
        Commit: `c${i}`,
        Match: `api_key = "k${i}-0123456789abcdef0123456789abcdef"`,
      }),
    tail: ']\n',
  },
};

function writeReport(path: string, shape: Shape, count: number): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, shape.head);
    const piece: string[] = [];
    for (let i = 0; i < count; i++) {
      piece.push(shape.element(i));
      if (piece.length === 5000 || i === count - 1) {
        writeSync(fd, `${i >= piece.length ? ',' : ''}${piece.join(',')}`);
        piece.length = 0;
      }
    }
    writeSync(fd, shape.tail);
  } finally {
    closeSync(fd);
  }
}

/** The counts each shape yields for `count` elements (every fourth element of each severity; gitleaks rates high). */
function expectedCounts(tool: string, count: number): Record<string, number> {
  const quarter = (k: number) => Math.floor(count / 4) + (k < count % 4 ? 1 : 0);
  if (tool === 'gitleaks') return { critical: 0, high: count, medium: 0, low: 0, unknown: 0 };
  if (tool === 'sarif')
    return { critical: 0, high: quarter(0) + quarter(1), medium: quarter(2), low: quarter(3), unknown: 0 };
  return { critical: quarter(0), high: quarter(1), medium: quarter(2), low: quarter(3), unknown: 0 };
}

beforeAll(async () => {
  await cliBundle();
});

async function gate(tool: string, count: number, boundMs: number) {
  const repo = makeTree({ 'README.md': '# app\n' });
  const report = join(repo, 'report.json');
  writeReport(report, SHAPES[tool]!, count);
  const result = await runShipshape(
    ['security-gate', '--no-check', '--no-secrets', '--report', `${tool}:report.json`, '--sarif', 'out.sarif'],
    { cwd: repo, boundMs },
  );
  return { repo, result, reportBytes: sizeOf(report), sarifPath: join(repo, 'out.sarif') };
}

function expectVerdict(result: Awaited<ReturnType<typeof gate>>['result'], tool: string, count: number): void {
  expect(result.timedOut).toBe(false);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(1);
  const counts = expectedCounts(tool, count);
  const blocking = counts.critical! + counts.high!;
  // Scalars only: a failing match on a huge array would spend minutes printing it.
  const lines = result.stdout.split('\n');
  expect(lines[0]).toBe(`Security gate: BLOCKED by ${blocking} findings at or above high (${count} in all).`);
  expect(lines[1]).toBe(
    `  critical ${counts.critical}, high ${counts.high}, medium ${counts.medium}, low ${counts.low}, unknown 0`,
  );
  // Ten offenders are listed, then one line for the rest: the output does not grow with the report.
  expect(lines.filter((line) => /^ {2}\[(critical|high)\] /.test(line)).length).toBe(10);
  expect(lines.includes(`  … and ${blocking - 10} more`)).toBe(true);
}

const COUNT = 10_000;

describe.each(Object.keys(SHAPES))('a %s report of 10,000 findings, read in batches', (tool) => {
  test('an exact verdict and counts, a capped listing and a SARIF log with every result', async () => {
    // 1.2–3.5 MB per report: each takes about 1 s on the 2-core machine; bounded at 4 s (the report is generated
    // and parsed in full, which is the point of the case).
    const { repo, result, reportBytes, sarifPath } = await gate(tool, COUNT, 4_000);
    try {
      // Large enough to take the batched path rather than one JSON.parse.
      expect(reportBytes > STREAM_ABOVE_BYTES).toBe(true);
      expectVerdict(result, tool, COUNT);
      const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].results.length).toBe(COUNT);
      expect(sarif.runs[0].invocations).toBeUndefined();
    } finally {
      removeTree(repo);
    }
  });
});
