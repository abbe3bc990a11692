import type { Config, PresetName } from './config.js';
import type { Severity } from './finding.js';
import { DOMAIN_PREFIX, type DomainId, type Rule } from './rule.js';
import type { PeerIndex } from './suppress.js';

/** All rules by id, with the views the engine and CLI need. */
export class Registry {
  readonly byId = new Map<string, Rule>();
  readonly peers: PeerIndex = new Map();
  private readonly list: Rule[] = [];
  private idSet: Set<string> | undefined;
  private readonly byDomain = new Map<DomainId, Rule[]>();

  constructor(rules: readonly Rule[]) {
    this.add(rules);
  }

  get rules(): readonly Rule[] {
    return this.list;
  }

  /** Adds rules, e.g. those of a domain a run loads when it meets its first file of that domain. */
  add(rules: readonly Rule[]): void {
    this.idSet = undefined;
    this.byDomain.clear();
    for (const rule of rules) {
      const { id, domain } = rule.meta;
      if (this.byId.has(id)) throw new Error(`duplicate rule id ${id}`);
      if (!id.startsWith(`${DOMAIN_PREFIX[domain]}/`))
        throw new Error(`rule ${id} must start with ${DOMAIN_PREFIX[domain]}/`);
      this.byId.set(id, rule);
      this.list.push(rule);
      for (const [tool, ids] of Object.entries(rule.meta.equivalents ?? {})) {
        const table = this.peers.get(tool) ?? new Map<string, string[]>();
        this.peers.set(tool, table);
        for (const peerId of ids) table.set(peerId, [...(table.get(peerId) ?? []), id]);
      }
    }
  }

  /** Every rule id (one shared set: the engine asks for it on every file). */
  get ids(): ReadonlySet<string> {
    this.idSet ??= new Set(this.byId.keys());
    return this.idSet;
  }

  forDomain(domain: DomainId): Rule[] {
    let rules = this.byDomain.get(domain);
    if (!rules) {
      rules = this.rules.filter((rule) => rule.meta.domain === domain);
      this.byDomain.set(domain, rules);
    }
    return [...rules];
  }

  inPreset(rule: Rule, preset: PresetName): boolean {
    if (rule.meta.deprecated) return false;
    return preset === 'strict' || rule.meta.recommended;
  }

  /** The severity a rule runs at under a config, or undefined when it is off. */
  severityOf(ruleId: string, config: Config): Severity | undefined {
    const rule = this.byId.get(ruleId);
    if (!rule) return undefined;
    const setting = config.rules[ruleId]?.severity;
    if (setting === 'off') return undefined;
    if (setting) return setting;
    if (config.rules[ruleId]) return rule.meta.defaultSeverity;
    return this.inPreset(rule, config.preset) ? rule.meta.defaultSeverity : undefined;
  }

  optionsOf(ruleId: string, config: Config): Record<string, unknown> {
    const rule = this.byId.get(ruleId);
    return { ...(rule?.meta.defaultOptions ?? {}), ...(config.rules[ruleId]?.options ?? {}) };
  }
}
