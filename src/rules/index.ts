import { Registry } from '../core/registry.js';
import type { Rule } from '../core/rule.js';
import { dockerfileRules } from './dockerfile/index.js';
import { gitlabCiRules } from './gitlab-ci/index.js';
import { githubActionsRules } from './github-actions/index.js';
import { shipshapeRules } from './shipshape/index.js';

export const ALL_RULES: readonly Rule[] = [...shipshapeRules, ...dockerfileRules, ...githubActionsRules, ...gitlabCiRules];

let registry: Registry | undefined;
export function defaultRegistry(): Registry {
  registry ??= new Registry(ALL_RULES);
  return registry;
}
