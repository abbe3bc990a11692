import { defineRule } from '../../core/rule.js';
import type { DockerfileModel, DockerInstruction } from '../../domains/dockerfile/index.js';
import { findTokens } from './support/secrets.js';

export default defineRule({
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
          const owner = instructionAtLine(model.instructions, span.line);
          context.report({
            at: { span, path: owner ? `${owner.path}/token` : 'comment/token' },
            messageId: 'token',
            data: { kind: token.kind },
          });
        }
      },
    };
  },
});

/** The instruction that spans a line (instructions are in file order and do not overlap), by binary search. */
function instructionAtLine(instructions: DockerInstruction[], line: number): DockerInstruction | undefined {
  let low = 0;
  let high = instructions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (instructions[mid]!.span.endLine < line) low = mid + 1;
    else high = mid;
  }
  const found = instructions[low];
  return found && found.span.line <= line ? found : undefined;
}
