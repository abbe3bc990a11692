import { defaultConfig, type Config } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import type { Finding } from '../../src/core/finding.js';
import { Registry } from '../../src/core/registry.js';
import type { DomainId, Rule } from '../../src/core/rule.js';
import { SourceFile } from '../../src/core/source.js';
import { ALL_DOMAINS as DOMAINS } from '../../src/rules/index.js';
import { shipshapeRules } from '../../src/rules/shipshape/index.js';

export interface ValidCase {
  code: string;
  /** Defaults to a name the rule's domain recognises (Dockerfile, .github/workflows/ci.yml, …). */
  filename?: string;
  options?: Record<string, unknown>;
  settings?: Partial<Config['settings']>;
  /** Other files of the repository, for cross-file rules. */
  files?: Record<string, string>;
  name?: string;
}

export interface ExpectedError {
  messageId?: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

const DEFAULT_FILENAMES: Record<DomainId, string> = {
  shipshape: 'Dockerfile',
  dockerfile: 'Dockerfile',
  'github-actions': '.github/workflows/ci.yml',
  'gitlab-ci': '.gitlab-ci.yml',
  kubernetes: 'deploy/app.yaml',
  terraform: 'main.tf',
};

/** Runs one rule through the real engine (parse, walk, dispatch) with everything else off. */
export function runRule(rule: Rule, testCase: ValidCase): Finding[] {
  const registry = new Registry([...shipshapeRules, rule]);
  const config = defaultConfig();
  config.rules[rule.meta.id] = { severity: rule.meta.defaultSeverity, options: testCase.options };
  config.settings = { ...config.settings, ...testCase.settings };
  const engine = new Engine({
    registry,
    domains: DOMAINS,
    config,
    readFile: (path) => testCase.files?.[path],
  });
  const file = new SourceFile(testCase.filename ?? DEFAULT_FILENAMES[rule.meta.domain], testCase.code);
  return engine
    .checkFile(file, rule.meta.domain)
    .filter((finding) => finding.ruleId !== 'shipshape/unused-suppression');
}

/** ESLint-style table test: valid cases stay silent, invalid ones report exactly the listed errors. */
export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    const label = (testCase: ValidCase, index: number): string =>
      testCase.name ??
      `#${index}: ${testCase.code.split('\n').find((line) => line.trim() && !line.startsWith('FROM')) ?? testCase.code.slice(0, 40)}`;
    describe('valid', () => {
      cases.valid.forEach((entry, index) => {
        const testCase = typeof entry === 'string' ? { code: entry } : entry;
        test(label(testCase, index), () => {
          const findings = runRule(rule, testCase);
          expect(findings.map(describeFinding)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((testCase, index) => {
        test(label(testCase, index), () => {
          expect(testCase.errors.length).toBeGreaterThan(0);
          const findings = runRule(rule, testCase);
          const rule_ = findings.filter((finding) => finding.ruleId === rule.meta.id);
          expect(findings.filter((finding) => finding.ruleId !== rule.meta.id).map(describeFinding)).toEqual([]);
          expect(rule_).toHaveLength(testCase.errors.length);
          testCase.errors.forEach((expected, i) => {
            const actual = rule_[i]!;
            expect({ line: actual.span.line, ...(expected.column ? { column: actual.span.column } : {}) }).toEqual({
              line: expected.line,
              ...(expected.column ? { column: expected.column } : {}),
            });
            if (expected.endLine) expect(actual.span.endLine).toBe(expected.endLine);
            if (expected.endColumn) expect(actual.span.endColumn).toBe(expected.endColumn);
            if (expected.messageId) {
              const template = rule.meta.messages[expected.messageId];
              expect(template).toBeDefined();
              expect(actual.message).toMatch(templatePattern(template!));
            }
            if (expected.message) expect(actual.message).toMatch(expected.message);
          });
        });
      });
    });
  });
}

function describeFinding(finding: Finding): string {
  return `${finding.ruleId} ${finding.span.line}:${finding.span.column} ${finding.message}`;
}

/** A message template as a pattern: `{{x}}` placeholders match anything. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\{\s*\w+\s*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}
