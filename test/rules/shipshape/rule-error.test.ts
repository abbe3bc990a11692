import { defineRule, type HandlersOf, type Rule } from '../../../src/core/rule.js';
import { check, describe_ } from './engine.js';

function throwing(
  id: string,
  handlers: (report: (line: number) => void) => HandlersOf<'dockerfile'>,
  create?: () => void,
): Rule {
  return defineRule({
    meta: {
      id,
      domain: 'dockerfile',
      description: 'test',
      category: 'correctness',
      defaultSeverity: 'warning',
      recommended: false,
      messages: { hit: 'hit {{n}}' },
    },
    create(context) {
      create?.();
      return handlers((line) =>
        context.report({
          at: { span: { line, column: 1, endLine: line, endColumn: 2 }, path: `l${line}` },
          messageId: 'hit',
          data: { n: line },
        }),
      );
    },
  });
}

const crashed = (id: string, error: string) =>
  `Rule ${id} failed on this file (${error}); please report it. Other rules still ran.`;
const LATEST =
  'docker/no-latest-tag 1:1-1:17 warning Base image "node:latest" uses the `latest` tag: pin a version (e.g. `node:1.2`) or a digest.';

describe('shipshape/rule-error (reported by the engine)', () => {
  test('a rule that throws in a handler becomes one finding on line 1; the other rules still run', () => {
    const boom = throwing('docker/boom', () => ({
      instruction() {
        throw new Error('boom at instruction\n    at somewhere (x.js:1:1)');
      },
    }));
    expect(check('FROM node:latest\nRUN a\nRUN b\n', { extra: [boom] }).map(describe_)).toEqual([
      LATEST,
      `shipshape/rule-error 1:1-1:17 warning ${crashed('docker/boom', 'boom at instruction')}`,
    ]);
  });

  test('a rule that throws while being created is reported the same way', () => {
    const boom = throwing(
      'docker/boom',
      () => ({}),
      () => {
        throw new TypeError('cannot read options');
      },
    );
    expect(check('FROM node:latest\n', { extra: [boom] }).map(describe_)).toEqual([
      LATEST,
      `shipshape/rule-error 1:1-1:17 warning ${crashed('docker/boom', 'cannot read options')}`,
    ]);
  });

  test('reports made before the crash are kept; the rule gets no more nodes after it', () => {
    let calls = 0;
    const boom = throwing('docker/boom', (report) => ({
      RUN(instruction: any) {
        calls++;
        report(instruction.span?.line ?? 2);
        throw 'plain string';
      },
    }));
    const findings = check('FROM node:20\nRUN a\nRUN b\n', { extra: [boom] });
    expect(calls).toBe(1);
    expect(findings.map((f) => `${f.ruleId}:${f.span.line}`)).toEqual(['shipshape/rule-error:1', 'docker/boom:2']);
    expect(findings[0]!.message).toBe(crashed('docker/boom', 'plain string'));
  });

  test('two failing rules: one finding each, with distinct fingerprints', () => {
    const a = throwing('docker/boom-a', () => ({
      file() {
        throw new Error('a');
      },
    }));
    const b = throwing('docker/boom-b', () => ({
      exit() {
        throw new Error('b');
      },
    }));
    const findings = check('FROM node:20\n', { extra: [a, b] }).filter((f) => f.ruleId === 'shipshape/rule-error');
    expect(findings.map((f) => f.message)).toEqual([crashed('docker/boom-a', 'a'), crashed('docker/boom-b', 'b')]);
    expect(findings[0]!.fingerprint).not.toBe(findings[1]!.fingerprint);
  });

  test('off in the config: no finding, and the other rules still run', () => {
    const boom = throwing('docker/boom', () => ({
      file() {
        throw new Error('x');
      },
    }));
    const findings = check('FROM node:latest\n', {
      extra: [boom],
      configure: (config) => (config.rules['shipshape/rule-error'] = { severity: 'off' }),
    });
    expect(findings.map(describe_)).toEqual([LATEST]);
  });

  test('a file-scope suppression hides it', () => {
    const boom = throwing('docker/boom', () => ({
      file() {
        throw new Error('x');
      },
    }));
    expect(
      check('# shipshape-ignore-file[shipshape/rule-error] known crash, fixed in 0.2\nFROM node:20\n', {
        extra: [boom],
      }),
    ).toEqual([]);
  });
});
