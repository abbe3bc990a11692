export { credentialsFromEnv, describeCredentials, parseChallenge, type Credentials } from './auth.js';
export {
  MANIFEST_TYPES,
  RegistryClient,
  RegistryError,
  sha256Digest,
  type Manifest,
  type MountResult,
} from './client.js';
export { checkEnvironment, ledgerState, previousTag, promote, rollback, type LedgerEntry } from './ledger.js';
export { defaultScheme, formatReference, isDigest, parseImageReference, type ImageReference } from './reference.js';
export { candidateTag, releaseDigest, type ReleaseResult } from './release.js';
