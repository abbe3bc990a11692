import type { Rule } from '../../core/rule.js';
import contextAvailability from './context-availability.js';
import deprecatedCommand from './deprecated-command.js';
import expressionSyntax from './expression-syntax.js';
import invalidCron from './invalid-cron.js';
import invalidFilter from './invalid-filter.js';
import invalidId from './invalid-id.js';
import invalidShell from './invalid-shell.js';
import jobNeeds from './job-needs.js';
import undefinedReference from './undefined-reference.js';
import unknownEvent from './unknown-event.js';
import unknownRunner from './unknown-runner.js';

/** Every GitHub Actions rule, sorted by file name. */
export const githubActionsRules: Rule[] = [
  contextAvailability,
  deprecatedCommand,
  expressionSyntax,
  invalidCron,
  invalidFilter,
  invalidId,
  invalidShell,
  jobNeeds,
  undefinedReference,
  unknownEvent,
  unknownRunner,
];
