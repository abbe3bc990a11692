import { defaultConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import { defineRule } from '../../src/core/rule.js';
import { SourceFile } from '../../src/core/source.js';
import type { DockerInstruction } from '../../src/domains/dockerfile/index.js';
import { ALL_DOMAINS as DOMAINS } from '../../src/rules/index.js';
import { brief, check, fromRule, testRegistry } from './helpers.js';

const throwing = defineRule({
  meta: {
    id: 'docker/test-throws',
    domain: 'dockerfile',
    description: 'Throws on RUN (test rule).',
    category: 'style',
    defaultSeverity: 'error',
    recommended: true,
    messages: { never: 'never' },
  },
  create: () => ({
    RUN: () => {
      throw new TypeError('cannot read properties of undefined');
    },
  }),
});

const throwsInCreate = defineRule({
  meta: { ...throwing.meta, id: 'docker/test-create-throws' },
  create: () => {
    throw new Error('bad options');
  },
});

const optionsEcho = defineRule({
  meta: {
    id: 'docker/test-options',
    domain: 'dockerfile',
    description: 'Reports its options and settings (test rule).',
    category: 'style',
    defaultSeverity: 'note',
    recommended: true,
    messages: { echo: '{{options}} {{registries}}' },
    defaultOptions: { max: 1, mode: 'count' },
  },
  create: (context) => ({
    exit: () =>
      context.report({
        at: { span: context.file.lineSpan(1), path: 'file' },
        messageId: 'echo',
        data: { options: JSON.stringify(context.options), registries: context.settings.trustedRegistries.join(',') },
      }),
  }),
});

const escalating = defineRule({
  meta: {
    id: 'docker/test-escalate',
    domain: 'dockerfile',
    description: 'Reports RUN as a warning, `RUN curl` as an error (test rule).',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    messages: { run: 'run' },
  },
  create: (context) => ({
    RUN: (instruction: DockerInstruction) =>
      context.report({
        at: instruction,
        messageId: 'run',
        ...(instruction.args.startsWith('curl') ? { severity: 'error' as const } : {}),
      }),
  }),
});

describe('Engine', () => {
  test('a finding carries rule, message, severity, path, span, node path, docs URL and fingerprint', () => {
    const [finding] = check('svc/Dockerfile', 'FROM node:20 AS build\n');
    expect(finding).toEqual({
      ruleId: 'docker/test-from',
      message: 'FROM node:20 AS build',
      severity: 'warning',
      path: 'svc/Dockerfile',
      span: { line: 1, column: 1, endLine: 1, endColumn: 22 },
      nodePath: 'stage[0]/FROM',
      docsUrl: 'https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/dockerfile/test-from.md',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  test('fingerprints survive lines moving, and differ per file and per node', () => {
    const before = check('Dockerfile', 'FROM a:1\nFROM b:2\n');
    const after = check('Dockerfile', '# a new comment\n\nFROM a:1\nFROM b:2\n');
    expect(after.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));
    expect(after[0]!.span.line).toBe(3);
    expect(new Set(before.map((f) => f.fingerprint)).size).toBe(2);
    expect(check('other/Dockerfile', 'FROM a:1\n')[0]!.fingerprint).not.toBe(before[0]!.fingerprint);
  });

  test('a syntax problem the parser recovers from is one <domain>/syntax finding each, and the rules still run', () => {
    const findings = check('Dockerfile', 'FROM a:1\nFROBNICATE x\nRUN make\nJUMP y\n');
    expect(brief(findings)).toEqual(['1:1 docker/test-from', '2:1 docker/syntax', '4:1 docker/syntax']);
    expect(findings[1]!.message).toBe('Dockerfile syntax: unknown instruction "FROBNICATE"');
    expect(findings[1]!.severity).toBe('error');
  });

  test('a rule that throws becomes one shipshape/rule-error; the other rules still report', () => {
    const findings = check('Dockerfile', 'FROM a:1\nRUN x\nRUN y\n', { rules: [throwing, throwsInCreate] });
    expect(brief(findings)).toEqual(['1:1 docker/test-from', '1:1 shipshape/rule-error', '1:1 shipshape/rule-error']);
    expect(
      findings
        .filter((f) => f.ruleId === 'shipshape/rule-error')
        .map((f) => f.message)
        .sort(),
    ).toEqual([
      'Rule docker/test-create-throws failed on this file (bad options); please report it. Other rules still ran.',
      'Rule docker/test-throws failed on this file (cannot read properties of undefined); please report it. Other rules still ran.',
    ]);
  });

  test('presets: strict adds rules outside recommended', () => {
    const text = 'FROM a:1\nRUN x\n';
    expect(brief(check('Dockerfile', text))).toEqual(['1:1 docker/test-from']);
    expect(brief(check('Dockerfile', text, { config: { preset: 'strict' } }))).toEqual([
      '1:1 docker/test-from',
      '2:1 docker/test-run',
    ]);
  });

  test('per-rule off, severity remap, and turning on a rule outside the preset', () => {
    const text = 'FROM a:1\nRUN x\n';
    const findings = check('Dockerfile', text, {
      config: { rules: { 'docker/test-from': { severity: 'off' }, 'docker/test-run': { severity: 'error' } } },
    });
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['docker/test-run error']);
    const onByObject = check('Dockerfile', text, { config: { rules: { 'docker/test-run': {} } } });
    expect(onByObject.map((f) => `${f.ruleId} ${f.severity}`)).toEqual([
      'docker/test-from warning',
      'docker/test-run note',
    ]);
  });

  test('a report may raise its own severity unless the config remaps the rule', () => {
    const text = 'FROM a:1\nRUN make\nRUN curl x\n';
    expect(
      check('Dockerfile', text, { rules: [escalating] })
        .filter((f) => f.ruleId === 'docker/test-escalate')
        .map((f) => f.severity),
    ).toEqual(['warning', 'error']);
    const remapped = check('Dockerfile', text, {
      rules: [escalating],
      config: { rules: { 'docker/test-escalate': { severity: 'note' } } },
    });
    expect(remapped.filter((f) => f.ruleId === 'docker/test-escalate').map((f) => f.severity)).toEqual([
      'note',
      'note',
    ]);
  });

  test('options are the defaults merged with the config; settings come from the config', () => {
    const findings = check('Dockerfile', 'FROM a:1\n', {
      rules: [optionsEcho],
      config: {
        rules: { 'docker/test-options': { options: { max: 5 } } },
        settings: { trustedRegistries: ['ghcr.io/acme'], selfHostedRunnerLabels: [] },
      },
    });
    expect(findings.find((f) => f.ruleId === 'docker/test-options')!.message).toBe(
      '{"max":5,"mode":"count"} ghcr.io/acme',
    );
  });

  test('findings are sorted by line, column, rule id', () => {
    const findings = check('Dockerfile', 'FROM a:1\nRUN x\nFROM b:1\n', {
      config: { preset: 'strict' },
      rules: [escalating],
    });
    expect(brief(findings)).toEqual([
      '1:1 docker/test-from',
      '2:1 docker/test-escalate',
      '2:1 docker/test-run',
      '3:1 docker/test-from',
    ]);
  });

  test('a domain that is not registered gives no findings; hasDomain says so', () => {
    const withoutTerraform = DOMAINS.filter((domain) => domain.id !== 'terraform');
    expect(withoutTerraform.length).toBe(DOMAINS.length - 1);
    const engine = new Engine({ registry: testRegistry(), domains: withoutTerraform, config: defaultConfig() });
    expect(engine.hasDomain('dockerfile')).toBe(true);
    expect(engine.hasDomain('terraform')).toBe(false);
    expect(engine.checkFile(new SourceFile('main.tf', 'x'), 'terraform')).toEqual([]);
  });

  test('two findings of one rule on the same node get distinct fingerprints', () => {
    const twice = defineRule({
      meta: { ...fromRule.meta, id: 'docker/test-twice', equivalents: undefined },
      create: (context) => ({
        FROM: (instruction: DockerInstruction) => {
          context.report({ at: instruction, messageId: 'from' });
          context.report({ at: instruction, messageId: 'from' });
        },
      }),
    });
    const findings = check('Dockerfile', 'FROM a:1\n', { rules: [twice] }).filter(
      (f) => f.ruleId === 'docker/test-twice',
    );
    expect(findings).toHaveLength(2);
    expect(findings[0]!.fingerprint).not.toBe(findings[1]!.fingerprint);
  });

  test('CRLF and BOM-free CRLF files give the same positions as LF', () => {
    const lf = check('Dockerfile', 'FROM a:1\n\nFROM b:2 AS x\n');
    const crlf = check('Dockerfile', 'FROM a:1\r\n\r\nFROM b:2 AS x\r\n');
    expect(crlf.map((f) => f.span)).toEqual(lf.map((f) => f.span));
    expect(crlf[1]!.span).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 14 });
  });
});

describe('fingerprint and formatMessage', () => {
  test('fingerprint is the first 32 hex digits of sha256(rule \\0 path \\0 node path \\0 occurrence)', async () => {
    const { createHash } = await import('node:crypto');
    const { fingerprint } = await import('../../src/core/fingerprint.js');
    const expected = createHash('sha256')
      .update('docker/x\0a/Dockerfile\0stage[0]/FROM\x000')
      .digest('hex')
      .slice(0, 32);
    expect(fingerprint('docker/x', 'a/Dockerfile', 'stage[0]/FROM')).toBe(expected);
    expect(fingerprint('docker/x', 'a/Dockerfile', 'stage[0]/FROM', 1)).not.toBe(expected);
  });

  test('formatMessage fills {{placeholders}} and leaves unknown ones', async () => {
    const { formatMessage } = await import('../../src/core/rule.js');
    expect(formatMessage('Image {{ image }} uses {{tag}} ({{missing}})', { image: 'node', tag: 'latest' })).toBe(
      'Image node uses latest ({{missing}})',
    );
    expect(formatMessage('No placeholders', { image: 'x' })).toBe('No placeholders');
    expect(formatMessage('{{n}} files', { n: 3 })).toBe('3 files');
  });
});

describe('handlers', () => {
  test('a hook left undefined is skipped, not a rule error', () => {
    const partial = defineRule({
      meta: { ...fromRule.meta, id: 'docker/test-partial', equivalents: undefined },
      create: (context) => ({
        RUN: undefined as unknown as () => void,
        FROM: (instruction: DockerInstruction) =>
          context.report({ at: instruction, messageId: 'from', data: { image: 'x' } }),
      }),
    });
    expect(brief(check('Dockerfile', 'FROM a:1\nRUN x\n', { rules: [partial] }))).toEqual([
      '1:1 docker/test-from',
      '1:1 docker/test-partial',
    ]);
  });
});

describe('spans from rules', () => {
  test('a span past the end of its line or the file is clamped into the file', () => {
    const sloppy = defineRule({
      meta: { ...fromRule.meta, id: 'docker/test-sloppy', equivalents: undefined },
      create: (context) => ({
        FROM: () =>
          context.report({
            at: { span: { line: 1, column: 1, endLine: 9, endColumn: 80 }, path: 'x' },
            messageId: 'from',
          }),
      }),
    });
    const finding = check('Dockerfile', 'FROM a:1\n', { rules: [sloppy] }).find(
      (f) => f.ruleId === 'docker/test-sloppy',
    )!;
    expect(finding.span).toEqual({ line: 1, column: 1, endLine: 2, endColumn: 1 });
  });
});
