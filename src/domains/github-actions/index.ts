import type { Domain } from '../../core/domain.js';
import type { GitHubActionsHooks } from './hooks.js';
import type { GhaModel } from './model.js';
import { parseGitHubActions } from './parse.js';

export type {
  Action,
  Condition,
  Container,
  Credentials,
  Defaults,
  Environment,
  Expression,
  GhaFileContext,
  GhaModel,
  GhaNode,
  InputDef,
  Job,
  KeyPath,
  Mapping,
  Matrix,
  MatrixAxis,
  MatrixCell,
  MatrixRow,
  OutputDef,
  PermissionLevel,
  Permissions,
  RefKind,
  SecretDef,
  ShapeProblem,
  ShapeProblemKind,
  Step,
  Str,
  Strategy,
  Trigger,
  TriggerFilterName,
  Triggers,
  Uses,
  Val,
  Workflow,
} from './model.js';
export type { GitHubActionsHooks } from './hooks.js';
export { parseGitHubActions, refKindOf } from './parse.js';

/**
 * The github-actions domain: `.github/workflows/*.yml` become a `Workflow`, `action.yml` an `Action` (see model.ts).
 * Every model node is a Locatable (value span + logical path such as `jobs.build.steps[2].uses`) with `at(subPath,
 * { key })` for spans below it; string values carry their `${{ }}` occurrences. A rule reads the model, never the
 * YAML text:
 *
 *   step(step: Step) {
 *     if (step.uses?.refKind === 'branch') context.report({ at: step.uses, messageId: 'branch' });
 *   },
 *   expression(expression: Expression) {
 *     for (const access of expression.accesses) … expression.atBody(access.start, access.end) …
 *   },
 *
 * Hooks (GitHubActionsHooks), in document order: `workflow` (or `action`), then the expressions outside jobs; for each job `job`, the
 * job's own expressions, then for each step `step` followed by that step's expressions (`expression` hook);
 * composite action steps the same way; then `exit` with the model.
 */
export const githubActionsDomain: Domain<GhaModel, GitHubActionsHooks> = {
  id: 'github-actions',
  parse: parseGitHubActions,
  walk(model, emit) {
    if (model.kind === 'workflow') {
      emit('workflow', model);
      for (const expression of model.expressions) emit('expression', expression);
      for (const job of model.jobs) {
        emit('job', job);
        for (const expression of job.expressions) emit('expression', expression);
        for (const step of job.steps) {
          emit('step', step);
          for (const expression of step.expressions) emit('expression', expression);
        }
      }
    } else {
      emit('action', model);
      for (const expression of model.expressions) emit('expression', expression);
      for (const step of model.steps) {
        emit('step', step);
        for (const expression of step.expressions) emit('expression', expression);
      }
    }
    emit('exit', model);
  },
};
