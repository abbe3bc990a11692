import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { copyOperands } from './support/copy.js';
import { textOf } from './support/locate.js';
import { isTrustStore, secretFileKind } from './support/secrets.js';
import { isShipped } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/no-copied-secret-files',
    domain: 'dockerfile',
    description: 'Private keys, `.env` files and registry logins must not be copied into an image.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.5,
    messages: {
      secretFile:
        '"{{source}}" looks like a {{kind}}: once copied it stays in the layer even if deleted later. Mount it for the one RUN that needs it: `RUN --mount=type=secret,id=…`.',
    },
  },
  create(context) {
    const check = (instruction: DockerInstruction): void => {
      const text = textOf(context.model, instruction);
      const { sources, dest } = copyOperands(instruction);
      if (dest && isTrustStore(dest)) return;
      for (const source of sources) {
        const kind = secretFileKind(source);
        if (!kind) continue;
        // A builder stage's layers are not shipped, but they do sit in build caches.
        const severity = isShipped(context.model, instruction.stage) ? undefined : ('warning' as const);
        context.report({ at: text.word(source), messageId: 'secretFile', data: { source, kind }, severity });
      }
    };
    return { COPY: check, ADD: check };
  },
});
