import { defineRule } from '../../core/rule.js';
import type { DockerfileModel, DockerImageRef } from '../../domains/dockerfile/index.js';
import { keywordAt } from './support/locate.js';
import { finalStage, lastInEffect } from './support/stages.js';

/** `root`, `0`, `root:root`, `0:0`, `root:1000`: the user part decides. */
function isRoot(user: string): boolean {
  const name = user.trim().split(':')[0]!;
  return name === 'root' || /^0+$/.test(name);
}

/** Images that already run as a non-root user without a USER line of ours. */
function startsNonRoot(image: DockerImageRef, extra: string[]): boolean {
  const reference = `${image.registry ? `${image.registry}/` : ''}${image.repository}`;
  if (image.tag && /(?:^|[-_.])nonroot(?:$|[-_.])/.test(image.tag)) return true;
  return extra.some((prefix) => reference.startsWith(prefix));
}

export default defineRule({
  meta: {
    id: 'docker/no-root-user',
    domain: 'dockerfile',
    description: 'The shipped image must switch to a non-root user.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.0,
    messages: {
      explicitRoot: 'The image runs as `{{user}}`: end with `USER <non-root user or UID>` (e.g. `USER 10001`).',
      implicitRoot:
        'The image runs as root because no USER is set in the final stage: add `USER <non-root user or UID>` (e.g. `USER 10001`).',
    },
    equivalents: { hadolint: ['DL3002'], checkov: ['CKV_DOCKER_3', 'CKV_DOCKER_8'], trivy: ['DS002'] },
    defaultOptions: { nonRootImages: [] },
    optionsSchema: {
      type: 'object',
      properties: {
        nonRootImages: {
          type: 'array',
          items: { type: 'string' },
          description: 'Image prefixes known to run as non-root.',
        },
      },
      additionalProperties: false,
    },
  },
  create(context) {
    return {
      exit(model: DockerfileModel) {
        const final = finalStage(model);
        if (!final) return;
        // The USER in effect follows the chain of stages the final one builds FROM.
        const user = lastInEffect(final, 'USER');
        if (user) {
          // `USER ${APP_UID}`: whatever it resolves to was chosen on purpose.
          if (isRoot(user.args) && !user.args.includes('$')) {
            context.report({
              at: { span: user.argsSpan, path: user.path },
              messageId: 'explicitRoot',
              data: { user: user.args.trim() },
            });
          }
          return;
        }
        let root = final;
        while (root.image.stage) root = root.image.stage;
        if (root.image.unresolved || startsNonRoot(root.image, context.options.nonRootImages as string[])) return;
        context.report({ at: keywordAt(final.from), messageId: 'implicitRoot' });
      },
    };
  },
});
