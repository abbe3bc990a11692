import { defineRule } from '../../core/rule.js';
import type { DockerStage } from '../../domains/dockerfile/index.js';

export default defineRule({
  meta: {
    id: 'docker/no-latest-tag',
    domain: 'dockerfile',
    description: 'Base images must be pinned to a version tag or digest, never `latest` or no tag.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      latest: 'Base image "{{image}}" uses the `latest` tag: pin a version (e.g. `{{repository}}:1.2`) or a digest.',
      untagged: 'Base image "{{image}}" has no tag, so it means `latest`: pin a version or a digest.',
    },
    equivalents: { hadolint: ['DL3006', 'DL3007'], checkov: ['CKV_DOCKER_7'] },
  },
  create(context) {
    return {
      stage(stage: DockerStage) {
        const { image } = stage;
        if (image.isScratch || image.stage || image.unresolved || image.digest) return;
        const data = { image: image.raw, repository: image.repository };
        if (image.tag === undefined) context.report({ at: stage.from, messageId: 'untagged', data });
        else if (image.tag === 'latest') context.report({ at: stage.from, messageId: 'latest', data });
      },
    };
  },
});
