import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

/** The tag of an image reference (`repo:tag`, `host:5000/repo:tag@sha256:…`), '' when none; undefined for a digest. */
export function imageTag(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return colon < 0 ? '' : image.slice(colon + 1);
}

export default defineRule({
  meta: {
    id: 'k8s/image-tag',
    domain: 'kubernetes',
    description: 'Container images must name a version tag or a digest, not `latest` or no tag.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      latest: 'Container "{{name}}" runs `{{image}}`: `latest` moves; pin a version tag or a digest.',
      untagged:
        'Container "{{name}}" runs `{{image}}` without a tag, which means `latest`: pin a version tag or a digest.',
    },
    equivalents: {
      'kube-score': ['container-image-tag'],
      'kube-linter': ['latest-tag'],
      polaris: ['tagNotSpecified'],
      checkov: ['CKV_K8S_14'],
    },
  },
  create(context) {
    return {
      container(container) {
        // An image set by a templating step (`${IMAGE}`, `{{ .Values.image }}`) is not known here.
        if (!container.image || /[${]/.test(container.image)) return;
        const tag = imageTag(container.image);
        if (tag === undefined || (tag !== '' && tag !== 'latest')) return;
        context.report({
          at: containerAt(container, ['image']),
          messageId: tag === '' ? 'untagged' : 'latest',
          data: { name: container.name, image: container.image },
        });
      },
    };
  },
});
