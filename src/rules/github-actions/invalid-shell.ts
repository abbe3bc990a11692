import { isScalar } from 'yaml';
import { defineRule, type RuleContext } from '../../core/rule.js';
import { SHELLS } from '../../data/github-actions/shells.js';
import { at, factsOf, valueOf, type Facts } from './support/facts.js';
import type { Node } from 'yaml';

function checkShell(
  context: RuleContext,
  facts: Facts,
  node: Node | null | undefined,
  path: (string | number)[],
): void {
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const shell = node.value.trim();
  if (shell === '' || SHELLS.has(shell) || shell.includes('{0}') || shell.includes('${{')) return;
  context.report({ at: at(facts, node, path), messageId: 'shell', data: { shell, example: `${shell} {0}` } });
}

// Paths are built only for a shell that is there (most steps have none).
function checkDefaults(context: RuleContext, facts: Facts, owner: unknown, base: (string | number)[]): void {
  const shell = valueOf(valueOf(valueOf(owner, 'defaults'), 'run'), 'shell');
  if (shell !== undefined) checkShell(context, facts, shell, [...base, 'defaults', 'run', 'shell']);
}

export default defineRule({
  meta: {
    id: 'gha/invalid-shell',
    domain: 'github-actions',
    description: '`shell:` must be bash, sh, pwsh, powershell, cmd, python, or a custom command containing `{0}`.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      shell:
        'Unknown shell "{{shell}}": use bash, sh, pwsh, powershell, cmd or python, or a command with `{0}` for the script path (e.g. "{{example}}").',
    },
    equivalents: { actionlint: ['shell-name'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind === 'workflow') checkDefaults(context, facts, facts.root, []);
        for (const job of facts.jobs) {
          if (facts.kind === 'workflow') checkDefaults(context, facts, job.node, job.path);
          for (const step of job.steps) {
            const shell = valueOf(step.node, 'shell');
            if (shell !== undefined) checkShell(context, facts, shell, [...step.path, 'shell']);
          }
        }
      },
    };
  },
});
