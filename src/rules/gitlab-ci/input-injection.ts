import { defineRule } from '../../core/rule.js';
import type { GitlabJob, ScriptLine } from '../../domains/gitlab-ci/index.js';
import { quoteAt } from './support/util.js';

const INTERPOLATION = /\$\[\[\s*inputs\.([A-Za-z0-9_-]+)((?:\s*\|\s*[a-z_]+(?:\([^)]*\))?)*)\s*\]\]/g;

export default defineRule({
  meta: {
    id: 'gitlab/input-injection',
    domain: 'gitlab-ci',
    description:
      'Inputs interpolated into scripts unsafely: `expand_vars` (splices CI/CD variable values into the script text) and free-form string inputs inside shell quotes.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.0,
    messages: {
      expandVars:
        '`$[[ inputs.{{name}} | expand_vars ]]` splices the values of CI/CD variables into the script text when the pipeline is created: a variable holding `$(…)` or a quote becomes code. Pass the input through `variables:` and reference the variable.',
      quoted:
        'String input `{{name}}` (no `options` or `regex`) is pasted inside shell quotes: a value containing the quote escapes them. Pass it through `variables:` (`MY_VAR: $[[ inputs.{{name}} ]]`) and use `"$MY_VAR"`, or restrict it with `options`/`regex`.',
    },
  },
  create(context) {
    return {
      script({ line }: { job: GitlabJob; line: ScriptLine }) {
        const inputs = context.model.spec?.inputs;
        for (const match of line.text.matchAll(INTERPOLATION)) {
          const name = match[1]!;
          const functions = match[2] ?? '';
          const at = context.model.find(line.node, match[0], line.path);
          if (/\bexpand_vars\b/.test(functions)) {
            context.report({ at, messageId: 'expandVars', data: { name } });
            continue;
          }
          const input = inputs?.get(name);
          if (input?.type !== 'string' || input.options || input.regex) continue;
          if (quoteAt(line.text, match.index!) !== 'none')
            context.report({ at, messageId: 'quoted', data: { name }, severity: 'warning' });
        }
      },
    };
  },
});
