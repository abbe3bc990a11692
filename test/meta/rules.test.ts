import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig, type PresetName } from '../../src/core/config.js';
import { CONFIG_SCHEMA } from '../../src/core/config-schema.js';
import { DOMAIN_IDS, DOMAIN_PREFIX, ruleName, type Rule } from '../../src/core/rule.js';
import { ALL_DOMAINS as ENGINE_DOMAINS } from '../../src/rules/index.js';
import { defaultRegistry } from '../../src/rules/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const registry = defaultRegistry();
const rules = registry.rules;
const PRESETS = CONFIG_SCHEMA.properties.extends.enum as readonly PresetName[];

const sourceOf = (rule: Rule): string => `src/rules/${rule.meta.domain}/${ruleName(rule.meta.id)}.ts`;
const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Quoted strings in the expression after each `messageId:` of a source file (literal ids, ternaries included). */
export function messageIdsIn(source: string): string[] {
  const ids: string[] = [];
  for (const match of source.matchAll(/\bmessageId\s*:\s*([^,}\n]+)/g)) {
    // In `cond ? 'a' : 'b'` only the branches are ids; strings in the condition are not.
    const expression = match[1]!.includes('?') ? match[1]!.slice(match[1]!.indexOf('?') + 1) : match[1]!;
    for (const literal of expression.matchAll(/(['"`])([\w-]+)\1/g)) ids.push(literal[2]!);
  }
  return ids;
}

describe('every registered rule', () => {
  test('the registry is not empty and ids are unique', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules.map((rule) => rule.meta.id)).size).toBe(rules.length);
  });

  describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    test('id is <domain prefix>/<kebab-case name> and the domain is known', () => {
      expect(DOMAIN_IDS).toContain(rule.meta.domain);
      expect(id).toMatch(new RegExp(`^${DOMAIN_PREFIX[rule.meta.domain]}/${KEBAB}$`));
    });

    test('lives in src/rules/<domain>/<name>.ts as that file’s default export', async () => {
      const path = sourceOf(rule);
      expect(existsSync(join(ROOT, path)) ? path : `missing ${path}`).toBe(path);
      const module = await import(`../../${path.replace(/\.ts$/, '.js')}`);
      expect(module.default).toBe(rule);
    });

    test('has a test file test/rules/<domain>/<name>.test.ts', () => {
      const path = `test/rules/${rule.meta.domain}/${ruleName(id)}.test.ts`;
      expect(existsSync(join(ROOT, path)) ? path : `missing ${path}`).toBe(path);
    });

    test('has a doc page docs/rules/<domain>/<name>.md', () => {
      const path = `docs/rules/${rule.meta.domain}/${ruleName(id)}.md`;
      expect(existsSync(join(ROOT, path)) ? path : `missing ${path}`).toBe(path);
    });

    test('metadata is complete', () => {
      const { meta } = rule;
      expect(meta.description).toMatch(/^\S.*\S$/);
      expect(meta.description).not.toContain('\n');
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      for (const template of Object.values(meta.messages)) expect(template.trim()).not.toBe('');
      if (meta.securitySeverity !== undefined) {
        expect(meta.securitySeverity).toBeGreaterThanOrEqual(0);
        expect(meta.securitySeverity).toBeLessThanOrEqual(10);
      }
      for (const ids of Object.values(meta.equivalents ?? {})) expect(ids.length).toBeGreaterThan(0);
    });

    test('every message id its source reports exists in meta.messages', () => {
      const used = messageIdsIn(readFileSync(join(ROOT, sourceOf(rule)), 'utf8'));
      expect(used.filter((messageId) => !(messageId in rule.meta.messages))).toEqual([]);
    });
  });
});

describe('rule files', () => {
  test('every rule file under src/rules/<domain>/ is registered', () => {
    const unregistered: string[] = [];
    const registered = new Set(rules.map(sourceOf));
    for (const domain of readdirSync(join(ROOT, 'src/rules'))) {
      const dir = join(ROOT, 'src/rules', domain);
      if (!statSync(dir).isDirectory()) continue;
      for (const file of readdirSync(dir)) {
        if (!file.endsWith('.ts') || file === 'index.ts') continue;
        const text = readFileSync(join(dir, file), 'utf8');
        if (/export\s+default\s+defineRule\s*\(/.test(text) && !registered.has(`src/rules/${domain}/${file}`))
          unregistered.push(`src/rules/${domain}/${file}`);
      }
    }
    expect(unregistered).toEqual([]);
  });

  test('the messages the engine reports itself exist', () => {
    const expected: [string, string][] = [
      ['shipshape/unused-suppression', 'unused'],
      ['shipshape/unknown-suppression', 'unknown'],
      ['shipshape/rule-error', 'crashed'],
      ...ENGINE_DOMAINS.filter((domain) => domain.id !== 'shipshape').map(
        (domain) => [`${DOMAIN_PREFIX[domain.id]}/syntax`, 'syntax'] as [string, string],
      ),
    ];
    const missing = expected.filter(([id, messageId]) => !(messageId in (registry.byId.get(id)?.meta.messages ?? {})));
    expect(missing).toEqual([]);
    const engine = readFileSync(join(ROOT, 'src/core/engine.ts'), 'utf8');
    for (const match of engine.matchAll(/pushMeta\(\s*'([^']+)'\s*,[^,]+,\s*'([^']+)'/g)) {
      expect(registry.byId.get(match[1]!)?.meta.messages[match[2]!]).toEqual(expect.any(String));
    }
  });
});

describe('presets', () => {
  const enabled = (preset: PresetName): string[] => {
    const config = defaultConfig();
    config.preset = preset;
    return rules.filter((rule) => registry.severityOf(rule.meta.id, config)).map((rule) => rule.meta.id);
  };

  test('every preset is a non-empty subset of the registry; recommended ⊆ strict', () => {
    expect([...PRESETS].sort()).toEqual(['recommended', 'strict']);
    const ids = registry.ids;
    for (const preset of PRESETS) {
      expect(enabled(preset).length).toBeGreaterThan(0);
      expect(enabled(preset).filter((id) => !ids.has(id))).toEqual([]);
    }
    expect(enabled('recommended').filter((id) => !enabled('strict').includes(id))).toEqual([]);
  });

  test('deprecated rules are in no preset; the engine-reported rules are in every preset', () => {
    for (const preset of PRESETS) {
      const on = enabled(preset);
      expect(
        rules.filter((rule) => rule.meta.deprecated && on.includes(rule.meta.id)).map((rule) => rule.meta.id),
      ).toEqual([]);
      for (const id of [
        'shipshape/unused-suppression',
        'shipshape/unknown-suppression',
        'shipshape/rule-error',
        'shipshape/skipped-file',
      ])
        expect(on).toContain(id);
    }
  });

  // Presets are the rules' own `recommended` flags; rule ids are named as text in the rule sources (meta ids and
  // cross-references) and in the example configs and pipelines. Every one of them must be a registered rule, and the
  // scan must find some, so an empty or moved folder fails instead of passing.
  test.each(['src/rules', 'examples'])('rule ids named in %s exist', (folder) => {
    const unknown: string[] = [];
    let named = 0;
    const prefixes = Object.values(DOMAIN_PREFIX).join('|');
    const visit = (path: string): void => {
      if (statSync(path).isDirectory()) {
        for (const entry of readdirSync(path)) visit(join(path, entry));
        return;
      }
      if (!/\.(ts|json|ya?ml)$/.test(path)) return;
      for (const match of readFileSync(path, 'utf8').matchAll(
        new RegExp(`['"\\[,\\s](((?:${prefixes}))/${KEBAB})(?=['"\\],\\s])`, 'g'),
      )) {
        // GitHub actions such as docker/build-push-action share the docker/ prefix of the Dockerfile rules.
        if (match[1]!.endsWith('-action')) continue;
        named++;
        if (!registry.ids.has(match[1]!)) unknown.push(`${path.slice(ROOT.length + 1)}: ${match[1]}`);
      }
    };
    visit(join(ROOT, folder));
    expect(named).toBeGreaterThan(0);
    expect(unknown).toEqual([]);
  });
});

describe('messageIdsIn', () => {
  test('finds literal ids, ternaries and ignores variables', () => {
    expect(
      messageIdsIn(
        "report({ at, messageId: 'a' });\nreport({ messageId: cond ? \"b\" : 'c', at });\nreport({ messageId: kind });",
      ),
    ).toEqual(['a', 'b', 'c']);
    expect(messageIdsIn("report({ messageId: name === 'types' ? 'noTypes' : 'key', data })")).toEqual([
      'noTypes',
      'key',
    ]);
  });
});
