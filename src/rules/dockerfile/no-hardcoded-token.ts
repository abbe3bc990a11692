import { defineRule } from '../../core/rule.js';
import type { DockerfileModel } from '../../domains/dockerfile/index.js';
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
      // The whole text, comments included: a token in a comment is just as leaked once committed.
      file(model: DockerfileModel) {
        const { file } = model;
        for (const token of findTokens(file.text)) {
          const span = file.spanOf(token.index, token.index + token.length);
          const owner = model.instructions.find((each) => each.span.line <= span.line && span.line <= each.span.endLine);
          context.report({ at: { span, path: owner ? `${owner.path}/token` : 'comment/token' }, messageId: 'token', data: { kind: token.kind } });
        }
      },
    };
  },
});
