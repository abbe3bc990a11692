import { defineRule, type RuleContext } from '../../core/rule.js';
import type { Step, Workflow } from '../../domains/github-actions/index.js';
import { actionOf, privilegedEvents } from './support/security.js';

/** A shell, PowerShell or cmd reference to the file, on a line that writes to it. */
const FILE_REFERENCE = /(?:\$\{?|\$env:|%)(GITHUB_ENV|GITHUB_PATH)\b/gi;
const WRITES = /(?:>|\btee\b|Out-File|Add-Content|Set-Content)/i;
const SCRIPT_EXPORT = /\bcore\.(exportVariable|addPath)\s*\(/g;
/**
 * `echo`/`printf` of text with no expansion (no `$`, backquote, `%VAR%`, pipe or input) appended to the file: the
 * value is written in the workflow itself, so nothing from the untrusted run reaches the environment.
 */
const LITERAL_WRITE = /^\s*(?:echo|printf)\b[^$`%|<;&\n]*>>?\s*"?(?:\$\{?|\$env:)GITHUB_(?:ENV|PATH)\}?"?\s*$/i;

function checkStep(context: RuleContext, step: Step, trigger: string): void {
  const run = step.run;
  if (run) {
    const text = run.value;
    for (const match of text.matchAll(FILE_REFERENCE)) {
      const lineStart = text.lastIndexOf('\n', match.index) + 1;
      const lineEnd = text.indexOf('\n', match.index);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
      if (!WRITES.test(line) || LITERAL_WRITE.test(line)) continue;
      const at = step.workflow!.context.atValue(run, match.index, match.index + match[0].length);
      context.report({ at, messageId: 'write', data: { file: match[1]!.toUpperCase(), trigger } });
    }
  }
  const script = actionOf(step) === 'actions/github-script' ? step.with?.get('script') : undefined;
  if (script && typeof script.value === 'string') {
    for (const match of script.value.matchAll(SCRIPT_EXPORT)) {
      const at = step.workflow!.context.atValue(script, match.index, match.index + match[0].length - 1);
      context.report({ at, messageId: 'script', data: { call: match[1]!, trigger } });
    }
  }
}

export default defineRule({
  meta: {
    id: 'gha/github-env',
    domain: 'github-actions',
    description:
      'Workflows triggered by `pull_request_target` or `workflow_run` must not write to `GITHUB_ENV` or `GITHUB_PATH`: a value from the untrusted run can set `LD_PRELOAD`, `NODE_OPTIONS` or `PATH` for every later step.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.0,
    messages: {
      write:
        'Writing to `{{file}}` in a `{{trigger}}` workflow lets data from the untrusted run set variables (`LD_PRELOAD`, `NODE_OPTIONS`, `PATH`) for every later step: pass values through step outputs instead.',
      script:
        '`core.{{call}}()` in a `{{trigger}}` workflow lets data from the untrusted run change the environment of every later step: pass values through step outputs instead.',
    },
    equivalents: { zizmor: ['github-env'], pipefort: ['cicd-sec-4-github-env-injection'] },
  },
  create(context) {
    return {
      // Only workflows with a privileged trigger are at risk; their steps are checked from here.
      workflow(workflow: Workflow) {
        const trigger = privilegedEvents(workflow).join('`/`') || undefined;
        if (!trigger) return;
        for (const job of workflow.jobs) for (const step of job.steps) checkStep(context, step, trigger);
      },
    };
  },
});
