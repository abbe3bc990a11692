import type { Rule } from '../../core/rule.js';
import syntax from './syntax.js';
import templateInjection from './template-injection.js';

/** Every GitHub Actions rule, sorted by file name. */
export const githubActionsRules: Rule[] = [
  syntax,
  templateInjection,
];
