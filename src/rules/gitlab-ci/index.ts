import type { Rule } from '../../core/rule.js';
import { gitlabCiDomain } from '../../domains/gitlab-ci/index.js';
import type { DomainPack } from '../packs.js';
import allowFailure from './allow-failure.js';
import artifactsNoExpiry from './artifacts-no-expiry.js';
import contradictoryRules from './contradictory-rules.js';
import curlPipeShell from './curl-pipe-shell.js';
import debugTrace from './debug-trace.js';
import deployWithoutResourceGroup from './deploy-without-resource-group.js';
import deprecatedOnlyExcept from './deprecated-only-except.js';
import downloadWithoutChecksum from './download-without-checksum.js';
import duplicatePipelines from './duplicate-pipelines.js';
import hardcodedSecret from './hardcoded-secret.js';
import inputInjection from './input-injection.js';
import installWithoutCache from './install-without-cache.js';
import invalidNeeds from './invalid-needs.js';
import mergeRequestCheckout from './merge-request-checkout.js';
import mergeRequestSecrets from './merge-request-secrets.js';
import missingInterruptible from './missing-interruptible.js';
import missingLocalInclude from './missing-local-include.js';
import missingTimeout from './missing-timeout.js';
import personalAccessToken from './personal-access-token.js';
import schema from './schema.js';
import scriptInjection from './script-injection.js';
import secretEcho from './secret-echo.js';
import securityAllowFailure from './security-allow-failure.js';
import selfHostedRunner from './self-hosted-runner.js';
import syntax from './syntax.js';
import triggerAnySource from './trigger-any-source.js';
import undeclaredStage from './undeclared-stage.js';
import unguardedProductionDeploy from './unguarded-production-deploy.js';
import unknownExtends from './unknown-extends.js';
import unknownKeyword from './unknown-keyword.js';
import unpinnedImage from './unpinned-image.js';
import unpinnedInclude from './unpinned-include.js';
import unresolvedInclude from './unresolved-include.js';

/** Every GitLab CI rule, sorted by file name. */
export const gitlabCiRules: Rule[] = [
  allowFailure,
  artifactsNoExpiry,
  contradictoryRules,
  curlPipeShell,
  debugTrace,
  deployWithoutResourceGroup,
  deprecatedOnlyExcept,
  downloadWithoutChecksum,
  duplicatePipelines,
  hardcodedSecret,
  inputInjection,
  installWithoutCache,
  invalidNeeds,
  mergeRequestCheckout,
  mergeRequestSecrets,
  missingInterruptible,
  missingLocalInclude,
  missingTimeout,
  personalAccessToken,
  schema,
  scriptInjection,
  secretEcho,
  securityAllowFailure,
  selfHostedRunner,
  syntax,
  triggerAnySource,
  undeclaredStage,
  unguardedProductionDeploy,
  unknownExtends,
  unknownKeyword,
  unpinnedImage,
  unpinnedInclude,
  unresolvedInclude,
];

/** The domain with its rules, as rules/packs.ts loads it. */
export const pack: DomainPack = { domain: gitlabCiDomain, rules: gitlabCiRules };
