import type { Domain } from '../core/domain.js';
import type { DomainId, Rule } from '../core/rule.js';

/** A checked domain with its rules: what a run loads when it meets a file of that domain. */
export interface DomainPack {
  domain: Domain;
  rules: readonly Rule[];
}

/**
 * Every checked domain, loaded (parser, model, rules and the libraries they use) only when a run meets one of its
 * files, so a run pays start-up only for what it checks. Adding a domain is one line here, its
 * `rules/<domain>/index.ts` exporting `pack`. The import paths stay literal so the bundler gives each domain
 * chunks of its own.
 */
export const DOMAIN_PACKS: Partial<Record<DomainId, () => Promise<DomainPack>>> = {
  dockerfile: async () => (await import('./dockerfile/index.js')).pack,
  'github-actions': async () => (await import('./github-actions/index.js')).pack,
  'gitlab-ci': async () => (await import('./gitlab-ci/index.js')).pack,
  kubernetes: async () => (await import('./kubernetes/index.js')).pack,
  terraform: async () => (await import('./terraform/index.js')).pack,
};

/**
 * Every pack, one after the other (jest's ESM loader can fail two concurrent imports sharing a dependency), for what
 * needs the whole catalogue: `shipshape rules`, `explain`, `fix`, a config file to validate, tests.
 */
export async function loadAllPacks(): Promise<DomainPack[]> {
  const packs: DomainPack[] = [];
  for (const load of Object.values(DOMAIN_PACKS)) packs.push(await load!());
  return packs;
}
