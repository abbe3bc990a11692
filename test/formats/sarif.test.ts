import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMATS } from '../../src/formats/index.js';
import { buildSarif, formatSarif, pathToUri, ruleDescriptor, ruleName } from '../../src/formats/sarif.js';
import { runCheck } from '../../src/runner/check.js';
import { REPOSITORY_URL, VERSION } from '../../src/version.js';
import { latest, registry, sampleInput } from './fixtures.js';
import { sarifValidator } from './sarif-validator.js';

const validate = sarifValidator();
const expectValid = (log: unknown): void => {
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
};

describe('sarif format', () => {
  test('is registered', () => {
    expect(FORMATS.sarif).toBe(formatSarif);
  });

  test('driver names the tool and lists only the rules that fired, sorted, with help and properties', () => {
    const log = JSON.parse(formatSarif(sampleInput())) as any;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe(
      'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    );
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect({ name: driver.name, version: driver.version, informationUri: driver.informationUri }).toEqual({
      name: 'shipshape',
      version: VERSION,
      informationUri: REPOSITORY_URL,
    });
    expect(driver.rules.map((rule: any) => rule.id)).toEqual([
      'docker/no-latest-tag',
      'gha/secret-in-run',
      'k8s/label-style',
    ]);
    expect(driver.rules[0]).toEqual({
      id: 'docker/no-latest-tag',
      name: 'DockerNoLatestTag',
      shortDescription: { text: 'Base images must be pinned.' },
      fullDescription: { text: 'Base images must be pinned. Same idea in: hadolint DL3006, DL3007.' },
      helpUri: 'https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/dockerfile/no-latest-tag.md',
      help: {
        text: 'Base images must be pinned. Same idea in: hadolint DL3006, DL3007.\nDocumentation: https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/dockerfile/no-latest-tag.md',
        markdown:
          'Base images must be pinned. Same idea in: hadolint DL3006, DL3007.\n\n[Documentation of docker/no-latest-tag](https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/dockerfile/no-latest-tag.md)',
      },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['dockerfile', 'best-practice'], precision: 'high', 'problem.severity': 'warning' },
    });
    expect(driver.rules[1].properties).toEqual({
      tags: ['github-actions', 'security'],
      precision: 'high',
      'problem.severity': 'error',
      'security-severity': '9.1',
    });
    expect(driver.rules[1].defaultConfiguration).toEqual({ level: 'error' });
    expect(driver.rules[2].properties['problem.severity']).toBe('recommendation');
    expect(driver.rules[2].defaultConfiguration).toEqual({ level: 'note' });
  });

  test('a rule with a security score is tagged security whatever its category', () => {
    const rule = { ...latest, meta: { ...latest.meta, securitySeverity: 5 } };
    expect(ruleDescriptor(rule).properties).toEqual({
      tags: ['dockerfile', 'best-practice', 'security'],
      precision: 'high',
      'problem.severity': 'warning',
      'security-severity': '5.0',
    });
  });

  test('results carry rule index, level, relative %SRCROOT% location, full region and our fingerprint', () => {
    const log = JSON.parse(formatSarif(sampleInput())) as any;
    const results = log.runs[0].results;
    expect(results).toHaveLength(3);
    expect(results[0]).toEqual({
      ruleId: 'gha/secret-in-run',
      ruleIndex: 1,
      level: 'error',
      message: { text: 'Secret "TOKEN" is interpolated into a run script.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: '.github/workflows/ci.yml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 9, endLine: 14, endColumn: 3 },
          },
        },
      ],
      partialFingerprints: { 'shipshape/v1': 'fp-gha-secret-in-run-12' },
    });
    expect(results[1].ruleIndex).toBe(0);
    expect(results[1].level).toBe('warning');
    expect(results[1].locations[0].physicalLocation.artifactLocation.uri).toBe('app%20dir/Dockerfile');
    expect(results[1].locations[0].physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 6,
    });
    expect(results[2]).toMatchObject({ ruleId: 'k8s/label-style', ruleIndex: 2, level: 'note' });
    for (const result of results) expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
  });

  test('notices become tool execution notifications', () => {
    const log = JSON.parse(formatSarif(sampleInput())) as any;
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'note',
            message: { text: 'skipped: larger than 10 bytes (max-file-size)' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'big.yml', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
  });

  test('an empty run has no rules and no results, and is still valid', () => {
    const log = buildSarif({ findings: [], notices: [], registry, checked: {} }) as any;
    expect(log.runs[0].tool.driver.rules).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    expectValid(log);
  });

  test('an inverted or empty span still gives a valid region', () => {
    const input = sampleInput();
    input.findings = [{ ...input.findings[1]!, span: { line: 4, column: 7, endLine: 4, endColumn: 2 } }];
    const log = buildSarif(input) as any;
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({
      startLine: 4,
      startColumn: 7,
      endLine: 4,
      endColumn: 7,
    });
    expectValid(log);
  });

  test('paths become relative URI references; rule names are identifiers', () => {
    expect(pathToUri('a b/c#d%e/Dockerfile')).toBe('a%20b/c%23d%25e/Dockerfile');
    expect(pathToUri('.github/workflows/ci.yml')).toBe('.github/workflows/ci.yml');
    expect(ruleName('gha/unpinned-uses')).toBe('GhaUnpinnedUses');
  });

  test('the sample output is valid against the SARIF 2.1.0 schema', () => {
    expectValid(JSON.parse(formatSarif(sampleInput())));
  });

  test('the output of a real check run is valid against the SARIF 2.1.0 schema', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shipshape-sarif-'));
    try {
      mkdirSync(join(root, 'svc one'));
      writeFileSync(join(root, 'svc one/Dockerfile'), 'FROM node:latest\nFROM ubuntu\n');
      writeFileSync(join(root, 'Dockerfile'), '# shipshape-ignore[docker/no-such-rule]\nFROM node:20\nRUNN x\n');
      writeFileSync(join(root, 'Dockerfile.bin'), Buffer.from([0x46, 0, 0x52]));
      const result = await runCheck({ root });
      const log = JSON.parse(formatSarif({ ...result, registry: result.registry })) as any;
      expectValid(log);
      const results = log.runs[0].results as any[];
      expect(
        results.map(
          (r) =>
            `${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}`,
        ),
      ).toEqual(result.findings.map((f) => `${f.ruleId} ${f.path.replace(' ', '%20')}:${f.span.line}`));
      expect(results.length).toBeGreaterThanOrEqual(3);
      expect(new Set(results.map((r) => r.partialFingerprints['shipshape/v1'])).size).toBe(results.length);
      // The binary file could not be checked: a result of its own, not a notification that passes the gate.
      expect(
        results
          .filter((r) => r.ruleId === 'shipshape/skipped-file')
          .map((r) => r.locations[0].physicalLocation.artifactLocation.uri),
      ).toEqual(['Dockerfile.bin']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('the schema check itself rejects a broken log', () => {
    const log = buildSarif(sampleInput()) as any;
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});
