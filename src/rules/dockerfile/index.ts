import type { Rule } from '../../core/rule.js';
import { dockerfileDomain } from '../../domains/dockerfile/index.js';
import type { DomainPack } from '../packs.js';
import absoluteWorkdir from './absolute-workdir.js';
import apkNoCache from './apk-no-cache.js';
import aptGetAssumeYes from './apt-get-assume-yes.js';
import aptListsCleanup from './apt-lists-cleanup.js';
import aptNoInstallRecommends from './apt-no-install-recommends.js';
import buildToolsInFinalStage from './build-tools-in-final-stage.js';
import consecutiveRun from './consecutive-run.js';
import copyDestTrailingSlash from './copy-dest-trailing-slash.js';
import copyFromValidStage from './copy-from-valid-stage.js';
import copyManifestsFirst from './copy-manifests-first.js';
import copyRelativeDest from './copy-relative-dest.js';
import dockerignore from './dockerignore.js';
import envKeyValueFormat from './env-key-value-format.js';
import envSelfReference from './env-self-reference.js';
import execFormCmd from './exec-form-cmd.js';
import extractWithAdd from './extract-with-add.js';
import finalStageHealthcheck from './final-stage-healthcheck.js';
import globalArgInStage from './global-arg-in-stage.js';
import labelKeyFormat from './label-key-format.js';
import labelSchema from './label-schema.js';
import noAddRemoteUrl from './no-add-remote-url.js';
import noChmod777 from './no-chmod-777.js';
import noCopiedSecretFiles from './no-copied-secret-files.js';
import noCurlPipeShell from './no-curl-pipe-shell.js';
import noDistUpgrade from './no-dist-upgrade.js';
import noHardcodedToken from './no-hardcoded-token.js';
import noHostCommands from './no-host-commands.js';
import noLatestCopyFrom from './no-latest-copy-from.js';
import noLatestTag from './no-latest-tag.js';
import noMaintainer from './no-maintainer.js';
import noPlatformFlag from './no-platform-flag.js';
import noRootUser from './no-root-user.js';
import noSecretInEnv from './no-secret-in-env.js';
import noSshPort from './no-ssh-port.js';
import noSudo from './no-sudo.js';
import noSystemUpgrade from './no-system-upgrade.js';
import noUpdateAlone from './no-update-alone.js';
import noVerificationBypass from './no-verification-bypass.js';
import noWgetAndCurl from './no-wget-and-curl.js';
import npmCi from './npm-ci.js';
import numericUser from './numeric-user.js';
import onbuildTrigger from './onbuild-trigger.js';
import overriddenInstruction from './overridden-instruction.js';
import pinBaseImageDigest from './pin-base-image-digest.js';
import pinPackageVersions from './pin-package-versions.js';
import pipNoCacheDir from './pip-no-cache-dir.js';
import pipefail from './pipefail.js';
import preferCopy from './prefer-copy.js';
import reservedStageName from './reserved-stage-name.js';
import rpmAssumeYes from './rpm-assume-yes.js';
import rpmCacheCleanup from './rpm-cache-cleanup.js';
import syntax from './syntax.js';
import trustedRegistry from './trusted-registry.js';
import undeclaredArgInFrom from './undeclared-arg-in-from.js';
import uniqueStageNames from './unique-stage-names.js';
import useAptGet from './use-apt-get.js';
import useShellInstruction from './use-shell-instruction.js';
import useWorkdir from './use-workdir.js';
import useraddNoLogInit from './useradd-no-log-init.js';
import validExpose from './valid-expose.js';
import wgetProgress from './wget-progress.js';
import yarnCacheClean from './yarn-cache-clean.js';

/** Every Dockerfile rule, sorted by file name. */
export const dockerfileRules: Rule[] = [
  absoluteWorkdir,
  apkNoCache,
  aptGetAssumeYes,
  aptListsCleanup,
  aptNoInstallRecommends,
  buildToolsInFinalStage,
  consecutiveRun,
  copyDestTrailingSlash,
  copyFromValidStage,
  copyManifestsFirst,
  copyRelativeDest,
  dockerignore,
  envKeyValueFormat,
  envSelfReference,
  execFormCmd,
  extractWithAdd,
  finalStageHealthcheck,
  globalArgInStage,
  labelKeyFormat,
  labelSchema,
  noAddRemoteUrl,
  noChmod777,
  noCopiedSecretFiles,
  noCurlPipeShell,
  noDistUpgrade,
  noHardcodedToken,
  noHostCommands,
  noLatestCopyFrom,
  noLatestTag,
  noMaintainer,
  noPlatformFlag,
  noRootUser,
  noSecretInEnv,
  noSshPort,
  noSudo,
  noSystemUpgrade,
  noUpdateAlone,
  noVerificationBypass,
  noWgetAndCurl,
  npmCi,
  numericUser,
  onbuildTrigger,
  overriddenInstruction,
  pinBaseImageDigest,
  pinPackageVersions,
  pipNoCacheDir,
  pipefail,
  preferCopy,
  reservedStageName,
  rpmAssumeYes,
  rpmCacheCleanup,
  syntax,
  trustedRegistry,
  undeclaredArgInFrom,
  uniqueStageNames,
  useAptGet,
  useShellInstruction,
  useWorkdir,
  useraddNoLogInit,
  validExpose,
  wgetProgress,
  yarnCacheClean,
];

/** The domain with its rules, as rules/packs.ts loads it. */
export const pack: DomainPack = { domain: dockerfileDomain, rules: dockerfileRules };
