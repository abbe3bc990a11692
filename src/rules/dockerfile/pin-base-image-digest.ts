import { defineRule } from '../../core/rule.js';
import type { DockerStage } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/pin-base-image-digest',
    domain: 'dockerfile',
    description:
      'Base images should be pinned by digest (`image:tag@sha256:…`), so a re-pushed tag cannot change the build.',
    category: 'security',
    defaultSeverity: 'note',
    // Opt-in: digests need a bot (Renovate, Dependabot) to stay current, or they freeze security fixes out.
    recommended: false,
    securitySeverity: 3.0,
    messages: {
      digest: 'Base image "{{image}}" is not pinned by digest: write `{{image}}@sha256:…` and let a bot update it.',
    },
  },
  create(context) {
    return {
      stage(stage: DockerStage) {
        const { image } = stage;
        if (image.isScratch || image.stage || image.unresolved || image.digest) return;
        const at = textOf(context.model, stage.from).word(image.raw);
        context.report({ at, messageId: 'digest', data: { image: image.resolved } });
      },
    };
  },
});
