import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { copyOperands } from './support/copy.js';
import { insertAfter } from './support/fixes.js';
import { textOf } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/copy-dest-trailing-slash',
    domain: 'dockerfile',
    description: 'COPY/ADD with several sources needs a destination folder ending in `/`.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      slash: 'With {{count}} sources the destination must be a folder: write "{{dest}}/".',
    },
    equivalents: { hadolint: ['DL3021'], trivy: ['DS011'] },
  },
  create(context) {
    const check = (instruction: DockerInstruction): void => {
      const { sources, dest } = copyOperands(instruction);
      if (sources.length < 2 || !dest || dest.endsWith('/') || dest.endsWith('\\')) return;
      // `$DEST` may well end in a slash.
      if (dest.includes('$')) return;
      const at = textOf(context.model, instruction).word(dest);
      context.report({
        at,
        messageId: 'slash',
        data: { count: sources.length, dest },
        fix: insertAfter(context.file, at, '/', 'end the destination with /'),
      });
    };
    return { COPY: check, ADD: check };
  },
});
