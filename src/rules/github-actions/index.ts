import type { Rule } from '../../core/rule.js';
import { githubActionsDomain } from '../../domains/github-actions/index.js';
import type { DomainPack } from '../packs.js';
import actionInputs from './action-inputs.js';
import adhocPackages from './adhoc-packages.js';
import archivedUses from './archived-uses.js';
import artipacked from './artipacked.js';
import botConditions from './bot-conditions.js';
import cachePoisoning from './cache-poisoning.js';
import contextAvailability from './context-availability.js';
import dangerousTriggers from './dangerous-triggers.js';
import deprecatedCommand from './deprecated-command.js';
import excessivePermissions from './excessive-permissions.js';
import expressionSyntax from './expression-syntax.js';
import expressionType from './expression-type.js';
import falsyTernary from './falsy-ternary.js';
import githubApp from './github-app.js';
import githubEnv from './github-env.js';
import hardcodedContainerCredentials from './hardcoded-container-credentials.js';
import insecureCommands from './insecure-commands.js';
import invalidCron from './invalid-cron.js';
import invalidFilter from './invalid-filter.js';
import invalidId from './invalid-id.js';
import invalidStructure from './invalid-structure.js';
import invalidShell from './invalid-shell.js';
import jobNeeds from './job-needs.js';
import localActionInputs from './local-action-inputs.js';
import matrixExclude from './matrix-exclude.js';
import misfeature from './misfeature.js';
import missingTimeout from './missing-timeout.js';
import noFailureNotification from './no-failure-notification.js';
import obfuscation from './obfuscation.js';
import outdatedAction from './outdated-action.js';
import overprovisionedSecrets from './overprovisioned-secrets.js';
import refVersionMismatch from './ref-version-mismatch.js';
import reusableWorkflowCall from './reusable-workflow-call.js';
import secretsInherit from './secrets-inherit.js';
import secretsOutsideEnvironment from './secrets-outside-environment.js';
import selfHostedRunner from './self-hosted-runner.js';
import setupWithoutCache from './setup-without-cache.js';
import shellcheck from './shellcheck.js';
import syntax from './syntax.js';
import templateInjection from './template-injection.js';
import undefinedReference from './undefined-reference.js';
import unknownEvent from './unknown-event.js';
import unknownKey from './unknown-key.js';
import unknownRunner from './unknown-runner.js';
import unpinnedImages from './unpinned-images.js';
import unpinnedUses from './unpinned-uses.js';
import unredactedSecrets from './unredacted-secrets.js';
import unsafeDeploy from './unsafe-deploy.js';
import unsoundCondition from './unsound-condition.js';
import unsoundContains from './unsound-contains.js';
import useTrustedPublishing from './use-trusted-publishing.js';

/** Every GitHub Actions rule, sorted by file name. */
export const githubActionsRules: Rule[] = [
  actionInputs,
  adhocPackages,
  archivedUses,
  artipacked,
  botConditions,
  cachePoisoning,
  contextAvailability,
  dangerousTriggers,
  deprecatedCommand,
  excessivePermissions,
  expressionSyntax,
  expressionType,
  falsyTernary,
  githubApp,
  githubEnv,
  hardcodedContainerCredentials,
  insecureCommands,
  invalidCron,
  invalidFilter,
  invalidId,
  invalidStructure,
  invalidShell,
  jobNeeds,
  localActionInputs,
  matrixExclude,
  misfeature,
  missingTimeout,
  noFailureNotification,
  obfuscation,
  outdatedAction,
  overprovisionedSecrets,
  refVersionMismatch,
  reusableWorkflowCall,
  secretsInherit,
  secretsOutsideEnvironment,
  selfHostedRunner,
  setupWithoutCache,
  shellcheck,
  syntax,
  templateInjection,
  undefinedReference,
  unknownEvent,
  unknownKey,
  unknownRunner,
  unpinnedImages,
  unpinnedUses,
  unredactedSecrets,
  unsafeDeploy,
  unsoundCondition,
  unsoundContains,
  useTrustedPublishing,
];

/** The domain with its rules, as rules/packs.ts loads it. */
export const pack: DomainPack = { domain: githubActionsDomain, rules: githubActionsRules };
