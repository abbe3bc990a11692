import type { Rule } from '../../core/rule.js';
import ruleError from './rule-error.js';
import skippedFile from './skipped-file.js';
import unknownSuppression from './unknown-suppression.js';
import unusedSuppression from './unused-suppression.js';

export const shipshapeRules: Rule[] = [ruleError, skippedFile, unknownSuppression, unusedSuppression];
