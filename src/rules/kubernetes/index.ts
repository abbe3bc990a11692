import type { Rule } from '../../core/rule.js';
import { kubernetesDomain } from '../../domains/kubernetes/index.js';
import type { DomainPack } from '../packs.js';
import hostNamespaces from './host-namespaces.js';
import imageTag from './image-tag.js';
import missingPdb from './missing-pdb.js';
import privileged from './privileged.js';
import serviceSelectsNothing from './service-selects-nothing.js';
import syntax from './syntax.js';

/** Every Kubernetes rule, sorted by file name. */
export const kubernetesRules: Rule[] = [
  hostNamespaces,
  imageTag,
  missingPdb,
  privileged,
  serviceSelectsNothing,
  syntax,
];

/** The domain with its rules, as rules/packs.ts loads it. */
export const pack: DomainPack = { domain: kubernetesDomain, rules: kubernetesRules };
