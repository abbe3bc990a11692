import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/numeric-user',
    domain: 'dockerfile',
    description: 'The final stage should set `USER` to a numeric UID, which a runtime can verify is not root.',
    category: 'security',
    defaultSeverity: 'note',
    // Opt-in: a named user is fine unless the image runs where the UID must be provable (runAsNonRoot).
    recommended: false,
    securitySeverity: 2.0,
    messages: {
      name: '`USER {{user}}` names a user: a runtime that must prove the container is not root (Kubernetes `runAsNonRoot`) cannot resolve names, so write its UID (e.g. `USER 10001`).',
    },
    equivalents: { hadolint: ['DL3066'] },
  },
  create(context) {
    return {
      USER(instruction: DockerInstruction) {
        if (instruction.onbuild || !instruction.stage?.isFinal) return;
        const user = instruction.args.split(':')[0]!.trim();
        // A number, a build argument whose value is not known here, or root (docker/no-root-user reports that).
        if (user === '' || user === 'root' || /^\d+$/.test(user) || user.includes('$')) return;
        context.report({ at: textOf(context.model, instruction).word(user), messageId: 'name', data: { user } });
      },
    };
  },
});
