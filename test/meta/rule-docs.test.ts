import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../src/core/config.js';
import { Engine } from '../../src/core/engine.js';
import type { Finding } from '../../src/core/finding.js';
import { Registry } from '../../src/core/registry.js';
import { DOMAIN_PREFIX, ruleName, type DomainId, type Rule } from '../../src/core/rule.js';
import { SourceFile } from '../../src/core/source.js';
import { classifyPath, classifyYamlContent } from '../../src/domains/classify.js';
import { ALL_DOMAINS as DOMAINS } from '../../src/rules/index.js';
import { defaultRegistry } from '../../src/rules/index.js';
import { parseDocPage, type DocExample, type DocPage } from './doc-pages.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = defaultRegistry();
const REQUIRED_SECTIONS = ['Why', 'Incorrect', 'Correct', 'How to suppress'];

/** Where an example goes when its page gives no file name (as in test/helpers/rule-tester.ts). */
const DEFAULT_FILENAMES: Record<DomainId, string> = {
  shipshape: 'Dockerfile',
  dockerfile: 'Dockerfile',
  'github-actions': '.github/workflows/ci.yml',
  'gitlab-ci': '.gitlab-ci.yml',
  kubernetes: 'deploy/app.yaml',
  terraform: 'main.tf',
};

const docPath = (rule: Rule): string => `docs/rules/${rule.meta.domain}/${ruleName(rule.meta.id)}.md`;

function loadPage(rule: Rule): DocPage | undefined {
  const path = join(ROOT, docPath(rule));
  return existsSync(path) ? parseDocPage(readFileSync(path, 'utf8')) : undefined;
}

/**
 * Runs one example through the real engine. A domain rule runs alone (with its domain's syntax rule, so a broken
 * example shows up as a syntax finding instead of passing silently). An engine-reported `shipshape/*` rule needs
 * real rules to suppress, so it runs with the whole registry and its recommended preset.
 */
export function runExample(
  rule: Rule,
  example: DocExample,
  files: Record<string, string>,
): { findings: Finding[]; domain?: DomainId } {
  const engineRule = rule.meta.domain === 'shipshape';
  const syntax = registry.byId.get(`${DOMAIN_PREFIX[rule.meta.domain]}/syntax`);
  const ruleSet = engineRule ? registry : new Registry([...new Set([rule, ...(syntax ? [syntax] : [])])]);
  const config = defaultConfig();
  if (!engineRule) {
    for (const known of ruleSet.rules) config.rules[known.meta.id] = { severity: known.meta.defaultSeverity };
  }
  const filename = example.filename ?? DEFAULT_FILENAMES[rule.meta.domain];
  const file = new SourceFile(filename, example.code);
  let domain: DomainId | undefined = rule.meta.domain;
  if (engineRule) {
    const byPath = classifyPath(filename);
    domain = byPath === 'yaml' ? classifyYamlContent(file) : byPath;
  }
  if (!domain) return { findings: [] };
  const engine = new Engine({ registry: ruleSet, domains: DOMAINS, config, readFile: (path) => files[path] });
  return { findings: engine.checkFile(file, domain), domain };
}

const describeFindings = (findings: Finding[]): string[] =>
  findings.map((f) => `${f.ruleId} ${f.span.line}:${f.span.column} ${f.message}`);

describe.each(registry.rules.map((rule) => [rule.meta.id, rule] as const))('docs of %s', (id, rule) => {
  const page = loadPage(rule);
  const engineRule = rule.meta.domain === 'shipshape';
  /** Parse failures are reported before any rule runs; no inline marker can reach them. */
  const syntaxRule = ruleName(id) === 'syntax';

  // A missing page is reported once, by test/meta/rules.test.ts.
  if (!page) return;

  test('title is the rule id and the first line is its description', () => {
    expect(page.title).toBe(id);
    expect(page.description).toBe(rule.meta.description);
  });

  test('the table gives severity, recommended and category as in the rule', () => {
    // A remark may follow the value, e.g. `no (strict)`.
    const value = (column: string): string | undefined => page.table[column]?.split(/\s+/)[0];
    expect({ Severity: value('Severity'), Recommended: value('Recommended'), Category: value('Category') }).toEqual({
      Severity: rule.meta.defaultSeverity,
      Recommended: rule.meta.recommended ? 'yes' : 'no',
      Category: rule.meta.category,
    });
    expect(Object.keys(page.table)).toEqual(['Severity', 'Recommended', 'Category', 'Same idea in']);
  });

  test('has the sections Why, Incorrect, Correct, (Options,) How to suppress in that order', () => {
    const expected =
      rule.meta.defaultOptions && Object.keys(rule.meta.defaultOptions).length > 0
        ? ['Why', 'Incorrect', 'Correct', 'Options', 'How to suppress']
        : REQUIRED_SECTIONS;
    expect(page.sections.filter((section) => [...REQUIRED_SECTIONS, 'Options'].includes(section))).toEqual(expected);
    for (const section of REQUIRED_SECTIONS) expect(page.sectionText[section]).not.toBe('');
  });

  if (!engineRule && !syntaxRule) {
    test('How to suppress shows the marker for this rule', () => {
      expect(page.sectionText['How to suppress']).toMatch(
        new RegExp(`shipshape-ignore(-file)?\\[${id.replace(/[/-]/g, '\\$&')}\\]`),
      );
    });
  }
  if (!engineRule) {
    test('has at least one Incorrect and one Correct example', () => {
      expect(page.examples.filter((example) => example.section === 'Incorrect').length).toBeGreaterThan(0);
      expect(page.examples.filter((example) => example.section === 'Correct').length).toBeGreaterThan(0);
    });
  }

  const incorrect = page.examples.filter((example) => example.section === 'Incorrect');
  const correct = page.examples.filter((example) => example.section === 'Correct');
  if (incorrect.length > 0) {
    test.each(incorrect.map((example) => [`line ${example.line}`, example] as const))(
      'Incorrect example at %s makes the rule report',
      (_, example) => {
        const { findings, domain } = runExample(rule, example, page.withFiles.Incorrect ?? {});
        expect(domain).toBeDefined();
        const own = findings.filter((finding) => finding.ruleId === id);
        expect(own.length > 0 ? 'reports' : `silent; all findings: ${JSON.stringify(describeFindings(findings))}`).toBe(
          'reports',
        );
      },
    );
  }
  if (correct.length > 0) {
    test.each(correct.map((example) => [`line ${example.line}`, example] as const))(
      'Correct example at %s keeps the rule silent',
      (_, example) => {
        const { findings, domain } = runExample(rule, example, page.withFiles.Correct ?? {});
        expect(domain).toBeDefined();
        const syntaxId = `${DOMAIN_PREFIX[domain!]}/syntax`;
        expect(
          describeFindings(
            findings.filter((finding) => finding.ruleId === id || (finding.ruleId === syntaxId && id !== syntaxId)),
          ),
        ).toEqual([]);
      },
    );
  }
});

describe('doc pages', () => {
  test('every page under docs/rules/<domain>/ belongs to a registered rule', () => {
    const expected = new Set(registry.rules.map(docPath));
    const orphans: string[] = [];
    const docs = join(ROOT, 'docs/rules');
    for (const domain of readdirSync(docs)) {
      if (!statSync(join(docs, domain)).isDirectory()) continue;
      for (const file of readdirSync(join(docs, domain))) {
        const path = `docs/rules/${domain}/${file}`;
        if (file.endsWith('.md') && !expected.has(path)) orphans.push(path);
      }
    }
    expect(orphans).toEqual([]);
  });
});

describe('parseDocPage', () => {
  const page = parseDocPage(
    [
      '# docker/x',
      '',
      'Finds x.',
      '',
      '| Severity | Recommended | Category | Same idea in |',
      '| --- | --- | --- | --- |',
      '| warning | yes | style | — |',
      '',
      '## Why',
      'Because.',
      '',
      '## Incorrect',
      '<!-- with-file: .dockerignore -->',
      '```text',
      'node_modules',
      '```',
      '',
      '<!-- filename: build/Dockerfile -->',
      '',
      '```dockerfile',
      'FROM a',
      '```',
      '```dockerfile',
      'FROM b',
      '````',
      '## Correct',
      '~~~',
      '```',
      'FROM c',
      '~~~',
      '## How to suppress',
      'Text.',
    ].join('\n'),
  );

  test('reads title, description, table and sections', () => {
    expect(page.title).toBe('docker/x');
    expect(page.description).toBe('Finds x.');
    expect(page.table).toEqual({ Severity: 'warning', Recommended: 'yes', Category: 'style', 'Same idea in': '—' });
    expect(page.sections).toEqual(['Why', 'Incorrect', 'Correct', 'How to suppress']);
    expect(page.sectionText.Why).toBe('Because.');
  });

  test('reads examples with their file names, and with-file blocks as files of the section', () => {
    expect(page.withFiles).toEqual({ Incorrect: { '.dockerignore': 'node_modules\n' } });
    expect(page.examples.map(({ section, code, filename, lang }) => ({ section, code, filename, lang }))).toEqual([
      { section: 'Incorrect', code: 'FROM a\n', filename: 'build/Dockerfile', lang: 'dockerfile' },
      { section: 'Incorrect', code: 'FROM b\n', filename: undefined, lang: 'dockerfile' },
      { section: 'Correct', code: '```\nFROM c\n', filename: undefined, lang: '' },
    ]);
  });
});
