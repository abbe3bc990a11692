import { defineRule } from '../../core/rule.js';
import type { Str, Step, Workflow } from '../../domains/github-actions/index.js';
import { actionOf } from './support/security.js';

export default defineRule({
  meta: {
    id: 'gha/misfeature',
    domain: 'github-actions',
    description:
      "Features GitHub keeps but that undermine a workflow: the `cmd` shell, and `actions/setup-python`'s `pip-install` input.",
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      cmd: '`shell: cmd` runs the script under cmd.exe, which does not stop at a failing command and has no reliable quoting: use `pwsh` (or `bash`).',
      pipInstall:
        '`pip-install` of actions/setup-python installs packages outside any lock file or cache key: install them in a run step from a pinned requirements file.',
    },
    equivalents: { zizmor: ['misfeature'] },
  },
  create(context) {
    const shell = (value: Str | undefined): void => {
      if (value && value.value.trim().toLowerCase() === 'cmd') context.report({ at: value, messageId: 'cmd' });
    };
    return {
      workflow(workflow: Workflow) {
        shell(workflow.defaults?.shell);
        for (const job of workflow.jobs) shell(job.defaults?.shell);
      },
      step(step: Step) {
        shell(step.shell);
        if (actionOf(step) === 'actions/setup-python' && step.with?.get('pip-install'))
          context.report({ at: step.with.get('pip-install')!, messageId: 'pipInstall' });
      },
    };
  },
});
