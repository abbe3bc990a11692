import type { Rule } from '../../core/rule.js';
import { loadTerraformDomain } from '../../domains/terraform/index.js';
import type { DomainPack } from '../packs.js';
import backendLocking from './backend-locking.js';
import backendRemote from './backend-remote.js';
import dbEncryption from './db-encryption.js';
import deprecatedInterpolation from './deprecated-interpolation.js';
import deletionProtection from './deletion-protection.js';
import iamWildcardAction from './iam-wildcard-action.js';
import iamWildcardResource from './iam-wildcard-resource.js';
import loggingDisabled from './logging-disabled.js';
import modulePinnedSource from './module-pinned-source.js';
import noSecretInLocals from './no-secret-in-locals.js';
import noSecretInProvider from './no-secret-in-provider.js';
import noSecretInResource from './no-secret-in-resource.js';
import noSecretInVariableDefault from './no-secret-in-variable-default.js';
import publicDatabase from './public-database.js';
import requiredProviders from './required-providers.js';
import requiredVersion from './required-version.js';
import resourceTags from './resource-tags.js';
import s3AccessLogging from './s3-access-logging.js';
import s3Encryption from './s3-encryption.js';
import s3PublicAccessBlock from './s3-public-access-block.js';
import s3PublicAcl from './s3-public-acl.js';
import s3Versioning from './s3-versioning.js';
import sensitiveOutput from './sensitive-output.js';
import sensitiveVariable from './sensitive-variable.js';
import sgOpenAdminPort from './sg-open-admin-port.js';
import stateCommitted from './state-committed.js';
import syntax from './syntax.js';
import volumeEncryption from './volume-encryption.js';

/** Every Terraform rule, sorted by file name. */
export const terraformRules: Rule[] = [
  backendLocking,
  backendRemote,
  dbEncryption,
  deprecatedInterpolation,
  deletionProtection,
  iamWildcardAction,
  iamWildcardResource,
  loggingDisabled,
  modulePinnedSource,
  noSecretInLocals,
  noSecretInProvider,
  noSecretInResource,
  noSecretInVariableDefault,
  publicDatabase,
  requiredProviders,
  requiredVersion,
  resourceTags,
  s3AccessLogging,
  s3Encryption,
  s3PublicAccessBlock,
  s3PublicAcl,
  s3Versioning,
  sensitiveOutput,
  sensitiveVariable,
  sgOpenAdminPort,
  stateCommitted,
  syntax,
  volumeEncryption,
];

export const pack: DomainPack = { domain: await loadTerraformDomain(), rules: terraformRules };
