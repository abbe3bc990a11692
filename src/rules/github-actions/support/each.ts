import type { Expression, GhaModel, Job, Step } from '../../../domains/github-actions/index.js';

/**
 * Every expression of the model, in the order the domain's walk emits them (the file's own, then each job's and
 * its steps'). A rule that only reads expressions loops here from its `exit` hook: one call instead of one
 * dispatch per expression.
 */
export function forEachExpression(model: GhaModel, visit: (expression: Expression) => void): void {
  for (const expression of model.expressions) visit(expression);
  if (model.kind === 'workflow') {
    for (const job of model.jobs) {
      for (const expression of job.expressions) visit(expression);
      for (const step of job.steps) for (const expression of step.expressions) visit(expression);
    }
  } else {
    for (const step of model.steps) for (const expression of step.expressions) visit(expression);
  }
}

/** Each job and step of the model in the walk's order (a job, then its steps); an action has steps only. */
export function forEachJobAndStep(model: GhaModel, onJob: (job: Job) => void, onStep: (step: Step) => void): void {
  if (model.kind === 'workflow') {
    for (const job of model.jobs) {
      onJob(job);
      for (const step of job.steps) onStep(step);
    }
  } else {
    for (const step of model.steps) onStep(step);
  }
}
