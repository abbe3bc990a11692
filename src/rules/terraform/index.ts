import type { Rule } from '../../core/rule.js';
import { loadTerraformDomain } from '../../domains/terraform/index.js';
import type { DomainPack } from '../packs.js';
import backendLocking from './backend-locking.js';
import backendRemote from './backend-remote.js';
import modulePinnedSource from './module-pinned-source.js';
import requiredProviders from './required-providers.js';
import requiredVersion from './required-version.js';
import syntax from './syntax.js';

/** Every Terraform rule, sorted by file name. */
export const terraformRules: Rule[] = [
  backendLocking,
  backendRemote,
  modulePinnedSource,
  requiredProviders,
  requiredVersion,
  syntax,
];

export const pack: DomainPack = { domain: await loadTerraformDomain(), rules: terraformRules };
