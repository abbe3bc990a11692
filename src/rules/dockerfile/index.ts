import type { Rule } from '../../core/rule.js';
import noLatestTag from './no-latest-tag.js';
import syntax from './syntax.js';

/** Every Dockerfile rule, sorted by file name. */
export const dockerfileRules: Rule[] = [noLatestTag, syntax];
