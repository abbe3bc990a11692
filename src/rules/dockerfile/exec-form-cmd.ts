import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { splitShell } from '../../domains/dockerfile/shell.js';
import { replaceWith } from './support/fixes.js';
import { isShipped } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/exec-form-cmd',
    domain: 'dockerfile',
    description: 'CMD and ENTRYPOINT of the shipped image should use the JSON (exec) form.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      shellForm:
        'Shell-form {{keyword}} runs under `/bin/sh -c`, which does not pass SIGTERM on: write `{{keyword}} [{{suggestion}}]`.',
      invalidJson: '{{keyword}} looks like JSON but is not (JSON needs double quotes), so it runs as a shell command.',
      shellFeatures:
        'Shell-form {{keyword}} runs under `/bin/sh -c`, which does not pass SIGTERM on: put `exec` before the program that runs last (`{{keyword}} … exec <program>`), or move the logic into an entrypoint script.',
    },
    equivalents: { hadolint: ['DL3025'] },
  },
  create(context) {
    const check = (instruction: DockerInstruction): void => {
      if (instruction.json || !isShipped(context.model, instruction.stage)) return;
      const args = instruction.args.trim();
      const at = { span: instruction.argsSpan, path: instruction.path };
      if (args.startsWith('[')) {
        context.report({ at, messageId: 'invalidJson', data: { keyword: instruction.keyword } });
        return;
      }
      // `exec` replaces the shell, so signals reach the program: the shell form is deliberate.
      if (args === '' || /^exec\s|[;&]\s*exec\s/.test(args)) return;
      // Variables, chains and redirections need a shell: the JSON form would pass them on literally.
      if (/[$&|;<>`]/.test(args)) {
        context.report({ at, messageId: 'shellFeatures', data: { keyword: instruction.keyword } });
        return;
      }
      const words = splitShell(args)[0]?.words ?? [];
      const suggestion = words.map((word) => JSON.stringify(word)).join(', ');
      // Unsafe: the program becomes PID 1 and must handle signals itself.
      const fix =
        instruction.argsSpan.line === instruction.argsSpan.endLine
          ? replaceWith(context.file, at, `[${suggestion}]`, 'use the exec form', false)
          : undefined;
      context.report({
        at,
        messageId: 'shellForm',
        data: { keyword: instruction.keyword, suggestion },
        ...(fix ? { fix } : {}),
      });
    };
    return { CMD: check, ENTRYPOINT: check };
  },
});
