import type { Domain } from '../core/domain.js';
import { dockerfileDomain } from './dockerfile/index.js';
import { githubActionsDomain } from './github-actions/index.js';
import { gitlabCiDomain } from './gitlab-ci/index.js';

/** Every domain the engine can check. A file classified into a domain missing here is not checked. */
export const DOMAINS: readonly Domain[] = [dockerfileDomain, githubActionsDomain, gitlabCiDomain];
