/**
 * The presets and the hadolint parity table agree: `strict` turns every rule on; a Dockerfile rule off in
 * `recommended` says why on its page; every hadolint id hadolint reports by default is either checked by a
 * recommended rule or mapped to a rule whose page gives that reason; the table and the rules' `equivalents` match.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../src/core/config.js';
import { ruleName, type Rule } from '../../src/core/rule.js';
import { defaultRegistry } from '../../src/rules/index.js';
import { parseDocPage } from './doc-pages.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = defaultRegistry();
const dockerRules = registry.rules.filter((rule) => rule.meta.domain === 'dockerfile');
/** The paragraph that states why a rule stays out of `recommended`, and the reason after it. */
const OFF_REASON = /\*\*Off in `recommended`[^*]*\*\*\s*(\S[^\n]{40,})/;

const whyOf = (rule: Rule): string => {
  const page = readFileSync(join(ROOT, `docs/rules/dockerfile/${ruleName(rule.meta.id)}.md`), 'utf8');
  return parseDocPage(page).sectionText.Why ?? '';
};

interface ParityRow {
  id: string;
  hadolintDefault: string;
  rules: string[];
  /** The rule cell as written. */
  cell: string;
  notes: string;
}

function parityTable(): ParityRow[] {
  const readme = readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## hadolint parity'));
  return [...section.matchAll(/^\| (DL\d{4}) \| ([^|]+) \| ([^|]+) \| ([^|]*) \|$/gm)].map((match) => ({
    id: match[1]!,
    hadolintDefault: match[2]!.trim(),
    rules: [...match[3]!.matchAll(/`(docker\/[a-z0-9-]+)`/g)].map((rule) => rule[1]!),
    cell: match[3]!.trim(),
    notes: match[4]!.trim(),
  }));
}

describe('presets', () => {
  test('strict turns on every rule of every domain', () => {
    const config = defaultConfig();
    config.preset = 'strict';
    expect(registry.rules.filter((rule) => !registry.severityOf(rule.meta.id, config)).map((r) => r.meta.id)).toEqual(
      [],
    );
  });

  test.each(dockerRules.map((rule) => [rule.meta.id, rule] as const))(
    '%s: off in recommended only with a reason on its page',
    (_id, rule) => {
      const reason = OFF_REASON.exec(whyOf(rule));
      if (rule.meta.recommended) expect(reason).toBeNull();
      else expect(reason?.[1]).toEqual(expect.any(String));
    },
  );
});

describe('hadolint parity table (docs/rules/README.md)', () => {
  const rows = parityTable();
  const byId = new Map(rows.map((row) => [row.id, row]));

  test('lists each hadolint id once, and maps at least 60 of them', () => {
    expect(byId.size).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(72);
    expect(rows.filter((row) => row.rules.length > 0).length).toBeGreaterThanOrEqual(60);
  });

  test('an id without a rule is "not applicable" with a reason', () => {
    for (const row of rows.filter((each) => each.rules.length === 0)) {
      expect({ id: row.id, cell: row.cell, reason: row.notes.length > 40 }).toEqual({
        id: row.id,
        cell: 'not applicable',
        reason: true,
      });
    }
  });

  test('the table and the rules’ equivalents name the same ids', () => {
    const fromRules = new Map<string, string[]>();
    for (const rule of dockerRules)
      for (const id of rule.meta.equivalents?.hadolint ?? [])
        fromRules.set(id, [...(fromRules.get(id) ?? []), rule.meta.id]);
    const fromTable = new Map(rows.filter((row) => row.rules.length > 0).map((row) => [row.id, row.rules]));
    expect(Object.fromEntries([...fromTable].sort())).toEqual(Object.fromEntries([...fromRules].sort()));
  });

  test('what hadolint reports by default is in recommended, or the rule says why not', () => {
    const missing: string[] = [];
    for (const row of rows) {
      if (!['error', 'warning', 'info', 'style'].includes(row.hadolintDefault)) continue;
      const rules = row.rules.map((id) => registry.byId.get(id)!);
      if (rules.some((rule) => rule.meta.recommended)) continue;
      for (const rule of rules) if (!OFF_REASON.test(whyOf(rule))) missing.push(`${row.id} ${rule.meta.id}`);
      if (rules.length === 0) missing.push(`${row.id} has no rule`);
    }
    expect(missing).toEqual([]);
  });
});
