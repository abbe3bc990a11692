import type { Action, Expression, GhaModel, Job, Step, Workflow } from './model.js';

/**
 * The hooks the GitHub Actions walk emits, in document order: `workflow` (or `action` for an `action.yml`), then the
 * expressions outside jobs; for each job `job`, its own expressions, then for each step `step` followed by that
 * step's expressions (`expression`); composite action steps the same way; finally `exit` (the model).
 */
export interface GitHubActionsHooks {
  workflow: Workflow;
  action: Action;
  job: Job;
  step: Step;
  expression: Expression;
  exit: GhaModel;
}

declare module '../../core/rule.js' {
  interface DomainHookMaps {
    'github-actions': { model: GhaModel; hooks: GitHubActionsHooks };
  }
}
