import { defineRule, type RuleContext } from '../../core/rule.js';
import type { GhaModel, Mapping, Step } from '../../domains/github-actions/index.js';
import { forEachJobAndStep } from './support/each.js';

const NAME = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';
const ENABLED = /^(?:true|1|yes)$/i;
/** A cheap test before the global search: most scripts never name the variable. */
const MENTIONS_NAME = /ACTIONS_ALLOW_UNSECURE_COMMANDS/i;
const RUN_ENABLE = /ACTIONS_ALLOW_UNSECURE_COMMANDS\s*=\s*["']?(?:true|1)/gi;

function check(context: RuleContext, env: Mapping | undefined): void {
  if (!env) return;
  for (const [name, value] of env.entries) {
    if (name.toUpperCase() !== NAME) continue;
    const text = value.value === null || value.value === undefined ? '' : String(value.value);
    if (ENABLED.test(text.trim()) || text.includes('${{'))
      context.report({ at: value.at([], { key: true }), messageId: 'enabled' });
  }
}

function checkStep(context: RuleContext, step: Step): void {
  check(context, step.env);
  const run = step.run;
  if (!run || !MENTIONS_NAME.test(run.value)) return;
  const context_ = step.workflow?.context ?? step.action?.context;
  for (const match of run.value.matchAll(RUN_ENABLE)) {
    if (context_)
      context.report({ at: context_.atValue(run, match.index, match.index + NAME.length), messageId: 'enabled' });
  }
}

export default defineRule({
  meta: {
    id: 'gha/insecure-commands',
    domain: 'github-actions',
    description:
      '`ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `::set-env` and `::add-path`, which let anything a step prints set variables and PATH for later steps.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      enabled:
        '`ACTIONS_ALLOW_UNSECURE_COMMANDS` lets any printed line (a test name, a log from a dependency) set environment variables and PATH for later steps: remove it and write to `$GITHUB_ENV` / `$GITHUB_PATH` instead.',
    },
    equivalents: { zizmor: ['insecure-commands'] },
  },
  create(context) {
    return {
      exit(model: GhaModel) {
        if (model.kind === 'workflow') check(context, model.env);
        forEachJobAndStep(
          model,
          (job) => check(context, job.env),
          (step) => checkStep(context, step),
        );
      },
    };
  },
});
