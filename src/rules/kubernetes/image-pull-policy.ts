import { defineRule } from '../../core/rule.js';
import { imageTag } from './image-tag.js';
import { containerAt, containerName } from './support/pods.js';

export default defineRule({
  meta: {
    id: 'k8s/image-pull-policy',
    domain: 'kubernetes',
    description: 'A container whose image is a tag, not a digest, should be pulled with `imagePullPolicy: Always`.',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: false,
    messages: {
      stale:
        'Container "{{name}}" runs tag `{{image}}` with pull policy {{policy}}: a node that has an older image under that tag runs it. Pin a digest, or set `imagePullPolicy: Always`.',
    },
    equivalents: {
      'kube-score': ['container-image-pull-policy'],
      polaris: ['pullPolicyNotAlways'],
      checkov: ['CKV_K8S_15'],
    },
  },
  create(context) {
    return {
      container(container) {
        if (!container.image || /[${]/.test(container.image)) return;
        const tag = imageTag(container.image);
        // A digest cannot move; no tag and `latest` default to Always (and are k8s/image-tag's finding).
        if (tag === undefined) return;
        const policy = container.imagePullPolicy ?? (tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent');
        if (policy === 'Always') return;
        context.report({
          at: container.imagePullPolicy ? containerAt(container, ['imagePullPolicy']) : containerName(container),
          messageId: 'stale',
          data: {
            name: container.name,
            image: container.image,
            policy: container.imagePullPolicy ? `\`${policy}\`` : `\`${policy}\` (the default for a tag)`,
          },
        });
      },
    };
  },
});
