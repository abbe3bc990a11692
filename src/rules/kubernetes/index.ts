import type { Rule } from '../../core/rule.js';
import { kubernetesDomain } from '../../domains/kubernetes/index.js';
import type { DomainPack } from '../packs.js';
import addedCapabilities from './added-capabilities.js';
import allowPrivilegeEscalation from './allow-privilege-escalation.js';
import antiAffinity from './anti-affinity.js';
import automountServiceAccountToken from './automount-service-account-token.js';
import clusterAdminBinding from './cluster-admin-binding.js';
import cpuRequests from './cpu-requests.js';
import defaultServiceAccount from './default-service-account.js';
import deprecatedApiVersion from './deprecated-api-version.js';
import dropCapabilities from './drop-capabilities.js';
import envReferenceMissing from './env-reference-missing.js';
import ephemeralStorageLimits from './ephemeral-storage-limits.js';
import hostNamespaces from './host-namespaces.js';
import hostPort from './host-port.js';
import hpaFixedReplicas from './hpa-fixed-replicas.js';
import hpaReplicas from './hpa-replicas.js';
import hpaTargetMissing from './hpa-target-missing.js';
import identicalProbes from './identical-probes.js';
import imagePullPolicy from './image-pull-policy.js';
import imageTag from './image-tag.js';
import ingressMissingService from './ingress-missing-service.js';
import invalidTopologySpread from './invalid-topology-spread.js';
import jobTtl from './job-ttl.js';
import kustomizeMissingResource from './kustomize-missing-resource.js';
import livenessProbe from './liveness-probe.js';
import memoryRequestsLimits from './memory-requests-limits.js';
import missingPdb from './missing-pdb.js';
import networkPolicyCoverage from './network-policy-coverage.js';
import networkPolicySelectsNothing from './network-policy-selects-nothing.js';
import pdbBlocksEviction from './pdb-blocks-eviction.js';
import pdbUnhealthyEvictionPolicy from './pdb-unhealthy-eviction-policy.js';
import pdbWithoutPolicy from './pdb-without-policy.js';
import privileged from './privileged.js';
import probePortNotExposed from './probe-port-not-exposed.js';
import rbacEscalation from './rbac-escalation.js';
import rbacWildcard from './rbac-wildcard.js';
import readOnlyRootFilesystem from './read-only-root-filesystem.js';
import readinessProbe from './readiness-probe.js';
import requiredLabels from './required-labels.js';
import restartPolicy from './restart-policy.js';
import rolloutStrategy from './rollout-strategy.js';
import runAsNonRoot from './run-as-non-root.js';
import seccompProfile from './seccomp-profile.js';
import secretFromEnv from './secret-from-env.js';
import secretInEnvValue from './secret-in-env-value.js';
import selectorMismatch from './selector-mismatch.js';
import sensitiveHostPath from './sensitive-host-path.js';
import serviceNodePort from './service-node-port.js';
import serviceSelectsNothing from './service-selects-nothing.js';
import sshPort from './ssh-port.js';
import statefulsetServiceName from './statefulset-service-name.js';
import syntax from './syntax.js';
import unsafeProcMount from './unsafe-proc-mount.js';
import writableHostPath from './writable-host-path.js';

/** Every Kubernetes rule, sorted by file name. */
export const kubernetesRules: Rule[] = [
  addedCapabilities,
  allowPrivilegeEscalation,
  antiAffinity,
  automountServiceAccountToken,
  clusterAdminBinding,
  cpuRequests,
  defaultServiceAccount,
  deprecatedApiVersion,
  dropCapabilities,
  envReferenceMissing,
  ephemeralStorageLimits,
  hostNamespaces,
  hostPort,
  hpaFixedReplicas,
  hpaReplicas,
  hpaTargetMissing,
  identicalProbes,
  imagePullPolicy,
  imageTag,
  ingressMissingService,
  invalidTopologySpread,
  jobTtl,
  kustomizeMissingResource,
  livenessProbe,
  memoryRequestsLimits,
  missingPdb,
  networkPolicyCoverage,
  networkPolicySelectsNothing,
  pdbBlocksEviction,
  pdbUnhealthyEvictionPolicy,
  pdbWithoutPolicy,
  privileged,
  probePortNotExposed,
  rbacEscalation,
  rbacWildcard,
  readOnlyRootFilesystem,
  readinessProbe,
  requiredLabels,
  restartPolicy,
  rolloutStrategy,
  runAsNonRoot,
  seccompProfile,
  secretFromEnv,
  secretInEnvValue,
  selectorMismatch,
  sensitiveHostPath,
  serviceNodePort,
  serviceSelectsNothing,
  sshPort,
  statefulsetServiceName,
  syntax,
  unsafeProcMount,
  writableHostPath,
];

/** The domain with its rules, as rules/packs.ts loads it. */
export const pack: DomainPack = { domain: kubernetesDomain, rules: kubernetesRules };
