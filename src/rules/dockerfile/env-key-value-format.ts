import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { replaceWith } from './support/fixes.js';
import { keywordAt } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/env-key-value-format',
    domain: 'dockerfile',
    description: 'ENV and LABEL should use the `key=value` form, not the legacy `key value` form.',
    category: 'style',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      legacy:
        '`{{keyword}} {{name}} …` is the legacy form: the whole rest of the line becomes the value, spaces included. Write `{{keyword}} {{name}}={{value}}`.',
    },
  },
  create(context) {
    const check = (instruction: DockerInstruction): void => {
      const legacy = /^([^\s=]+)\s+(.*)$/s.exec(instruction.args.trim());
      if (!legacy || legacy[1]!.includes('=')) return;
      const value = legacy[2]!.trim();
      const quoted = /\s/.test(value) && !/^(["']).*\1$/s.test(value) ? JSON.stringify(value) : value;
      const args = { span: instruction.argsSpan, path: instruction.path };
      const fix =
        instruction.argsSpan.line === instruction.argsSpan.endLine
          ? replaceWith(context.file, args, `${legacy[1]!}=${quoted}`, 'use key=value')
          : undefined;
      context.report({
        at: keywordAt(instruction),
        messageId: 'legacy',
        data: { keyword: instruction.keyword, name: legacy[1]!, value: quoted },
        ...(fix ? { fix } : {}),
      });
    };
    return { ENV: check, LABEL: check };
  },
});
