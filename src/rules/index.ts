import type { Domain } from '../core/domain.js';
import { Registry } from '../core/registry.js';
import type { Rule } from '../core/rule.js';
import { loadAllPacks } from './packs.js';
import { shipshapeRules } from './shipshape/index.js';

// The whole catalogue, loaded at once for what needs it all; a check run loads only the packs it needs.
const packs = await loadAllPacks();

export const ALL_DOMAINS: readonly Domain[] = packs.map((pack) => pack.domain);
export const ALL_RULES: readonly Rule[] = [...shipshapeRules, ...packs.flatMap((pack) => pack.rules)];

let registry: Registry | undefined;
export function defaultRegistry(): Registry {
  registry ??= new Registry(ALL_RULES);
  return registry;
}
