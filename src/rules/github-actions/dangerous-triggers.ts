import { defineRule, type RuleContext } from '../../core/rule.js';
import type { Job, Step, Workflow } from '../../domains/github-actions/index.js';
import { actionOf, privilegedEvents, withValue } from './support/security.js';

/** A `ref:`/`repository:` naming the pull request's head (or the triggering run's head) instead of the base. */
const UNTRUSTED_REF =
  /pull_request\.head\.(?:sha|ref)|\bhead_ref\b|workflow_run\.head_(?:sha|branch)|refs\/pull\/|pull_request\.number|event\.number|head\.repo\.full_name|head_repository\.full_name/;
/** Shell commands that fetch or check out the pull request's code. */
const UNTRUSTED_FETCH =
  /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|switch|pull)\b[^\n]*(?:pull\/|pull_request\.head|head_ref|head_sha|head_branch|refs\/pull)/;
const DOWNLOADS = new Set(['actions/download-artifact', 'dawidd6/action-download-artifact']);
const RUN_DOWNLOAD = /\bgh\s+run\s+download\b/;
const CACHES = new Set(['actions/cache', 'actions/cache/restore']);
/** Commands that execute files of the workspace, which an unpacked artifact may have replaced. */
const RUNS_WORKSPACE =
  /(?:^|[\s;&|(])(?:\.\/|bash\s+\S|sh\s+\S|source\s|\.\s+\S|npm\s|npx\s|yarn\b|pnpm\b|make\b|python3?\s|node\s|go\s+(?:run|test|build)|cargo\s|gradle|\.\/gradlew|mvn\s|pip\s+install\s+(?:-e\s+)?\.)/m;

function executesWorkspace(step: Step): boolean {
  if (step.uses?.kind === 'local') return true;
  return step.run !== undefined && RUNS_WORKSPACE.test(step.run.value);
}

function checksOutUntrusted(step: Step): boolean {
  if (actionOf(step) === 'actions/checkout') {
    return UNTRUSTED_REF.test(withValue(step, 'ref') ?? '') || UNTRUSTED_REF.test(withValue(step, 'repository') ?? '');
  }
  return step.run !== undefined && UNTRUSTED_FETCH.test(step.run.value);
}

function checkJob(context: RuleContext, job: Job, trigger: string, workflowRun: boolean): void {
  let untrusted = false;
  for (const [index, step] of job.steps.entries()) {
    const action = actionOf(step);
    if (checksOutUntrusted(step)) {
      untrusted = true;
      context.report({ at: step.uses ?? step.run ?? step, messageId: 'checkout', data: { trigger } });
    } else if (
      workflowRun &&
      ((action !== undefined && DOWNLOADS.has(action)) || (step.run && RUN_DOWNLOAD.test(step.run.value)))
    ) {
      // Reading an artifact as data is the safe pattern; running workspace files after unpacking it is not.
      if (job.steps.slice(index + 1).some(executesWorkspace))
        context.report({ at: step.uses ?? step.run ?? step, messageId: 'artifact', severity: 'warning' });
    } else if (untrusted && action !== undefined && CACHES.has(action)) {
      context.report({ at: step.uses!, messageId: 'cache', data: { trigger } });
    }
  }
}

export default defineRule({
  meta: {
    id: 'gha/dangerous-triggers',
    domain: 'github-actions',
    description:
      '`pull_request_target`, `workflow_run` and `issue_comment` workflows run with secrets and a write token: they must not check out, cache or unpack the untrusted code that triggered them.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 9.0,
    messages: {
      checkout:
        "This `{{trigger}}` workflow checks out the pull request's code, which then runs with this repository's secrets and a write token: build untrusted code in a `pull_request` workflow instead.",
      artifact:
        'Artifacts of the run that triggered this `workflow_run` workflow are made by untrusted code, and a later step runs files of the workspace they may overwrite: unpack them outside the workspace (e.g. `path: ${{ runner.temp }}/artifact`) and read them as data only.',
      cache:
        'This job restores a cache after checking out untrusted code under `{{trigger}}`: the code can poison caches the base branch reads.',
    },
    equivalents: {
      zizmor: ['dangerous-triggers'],
      scorecard: ['Dangerous-Workflow'],
      pipefort: ['cicd-sec-1-ppe-checkout'],
    },
  },
  create(context) {
    return {
      workflow(workflow: Workflow) {
        // issue_comment runs with secrets too, and `/test`-style comment bots check out the PR's head.
        const events = [...privilegedEvents(workflow), ...(workflow.on?.has('issue_comment') ? ['issue_comment'] : [])];
        if (events.length === 0) return;
        const trigger = events.join('`/`');
        for (const job of workflow.jobs) checkJob(context, job, trigger, events.includes('workflow_run'));
      },
    };
  },
});
