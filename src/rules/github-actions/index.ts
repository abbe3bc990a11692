import type { Rule } from '../../core/rule.js';
import artipacked from './artipacked.js';
import botConditions from './bot-conditions.js';
import cachePoisoning from './cache-poisoning.js';
import dangerousTriggers from './dangerous-triggers.js';
import excessivePermissions from './excessive-permissions.js';
import falsyTernary from './falsy-ternary.js';
import githubEnv from './github-env.js';
import hardcodedContainerCredentials from './hardcoded-container-credentials.js';
import insecureCommands from './insecure-commands.js';
import overprovisionedSecrets from './overprovisioned-secrets.js';
import refVersionMismatch from './ref-version-mismatch.js';
import secretsInherit from './secrets-inherit.js';
import secretsOutsideEnvironment from './secrets-outside-environment.js';
import selfHostedRunner from './self-hosted-runner.js';
import syntax from './syntax.js';
import templateInjection from './template-injection.js';
import unpinnedImages from './unpinned-images.js';
import unpinnedUses from './unpinned-uses.js';
import unsoundCondition from './unsound-condition.js';
import unsoundContains from './unsound-contains.js';

/** Every GitHub Actions rule, sorted by file name. */
export const githubActionsRules: Rule[] = [
  artipacked,
  botConditions,
  cachePoisoning,
  dangerousTriggers,
  excessivePermissions,
  falsyTernary,
  githubEnv,
  hardcodedContainerCredentials,
  insecureCommands,
  overprovisionedSecrets,
  refVersionMismatch,
  secretsInherit,
  secretsOutsideEnvironment,
  selfHostedRunner,
  syntax,
  templateInjection,
  unpinnedImages,
  unpinnedUses,
  unsoundCondition,
  unsoundContains,
];
