import { isScalar } from 'yaml';
import { defineRule } from '../../core/rule.js';
import { SHELLS } from '../../data/github-actions/shells.js';
import { at, factsOf, valueOf } from './support/facts.js';
import type { Node } from 'yaml';

export default defineRule({
  meta: {
    id: 'gha/invalid-shell',
    domain: 'github-actions',
    description: '`shell:` must be bash, sh, pwsh, powershell, cmd, python, or a custom command containing `{0}`.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      shell: 'Unknown shell "{{shell}}": use bash, sh, pwsh, powershell, cmd or python, or a command with `{0}` for the script path (e.g. "{{example}}").',
    },
    equivalents: { actionlint: ['shell-name'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        const check = (node: Node | null | undefined, path: (string | number)[]): void => {
          if (!isScalar(node) || typeof node.value !== 'string') return;
          const shell = node.value.trim();
          if (shell === '' || SHELLS.has(shell) || shell.includes('{0}') || shell.includes('${{')) return;
          context.report({ at: at(facts, node, path), messageId: 'shell', data: { shell, example: `${shell} {0}` } });
        };
        // Paths are built only for a shell that is there (most steps have none).
        const defaultsShell = (owner: unknown, base: (string | number)[]): void => {
          const shell = valueOf(valueOf(valueOf(owner, 'defaults'), 'run'), 'shell');
          if (shell !== undefined) check(shell, [...base, 'defaults', 'run', 'shell']);
        };
        if (facts.kind === 'workflow') defaultsShell(facts.root, []);
        for (const job of facts.jobs) {
          if (facts.kind === 'workflow') defaultsShell(job.node, job.path);
          for (const step of job.steps) {
            const shell = valueOf(step.node, 'shell');
            if (shell !== undefined) check(shell, [...step.path, 'shell']);
          }
        }
      },
    };
  },
});
