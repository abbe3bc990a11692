import { defineRule } from '../../core/rule.js';
import type { DockerfileModel, DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';
import { findTokens } from './support/secrets.js';

export default defineRule<DockerfileModel>({
  meta: {
    id: 'docker/no-hardcoded-token',
    domain: 'dockerfile',
    description: 'No access tokens or private keys written into the Dockerfile (GitHub, GitLab, AWS, Slack, npm, …).',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 9.0,
    messages: {
      token: 'This looks like a {{kind}}: revoke it now, and pass credentials with `RUN --mount=type=secret` instead.',
    },
  },
  create(context) {
    return {
      instruction(instruction: DockerInstruction) {
        const text = textOf(context.model, instruction);
        for (const token of findTokens(text.text)) {
          context.report({ at: text.at(text.start + token.index, token.length), messageId: 'token', data: { kind: token.kind } });
        }
      },
    };
  },
});
