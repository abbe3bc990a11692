import { defineRule } from '../../core/rule.js';
import { inModule } from './support/module.js';

/** Branch names that move: a `ref` naming one pins nothing. */
const MOVING_REFS = new Set(['main', 'master', 'develop', 'development', 'trunk', 'head', 'HEAD', 'latest']);

/** `namespace/name/provider`, optionally behind a registry host: versioned by the `version` argument. */
const REGISTRY = /^(?:[a-z0-9.-]+\.[a-z]{2,}\/)?[\w-]+\/[\w-]+\/[\w-]+(?:\/\/.*)?$/i;
const GIT = /^(?:git::|git@|github\.com\/|bitbucket\.org\/)/;

export default defineRule({
  meta: {
    id: 'tf/module-pinned-source',
    domain: 'terraform',
    description:
      'Module sources are pinned: a registry module has a `version`, a Git module a `ref` that does not move.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.0,
    messages: {
      noVersion:
        'Registry module `{{source}}` has no `version`: each `terraform init` may fetch a newer release with other resources.',
      noRef: 'Git module `{{source}}` has no `?ref=`: it follows the default branch, whatever is pushed to it.',
      movingRef: 'Git module `{{source}}` follows branch `{{ref}}`: pin a tag or, better, a commit.',
    },
    equivalents: {
      tflint: ['terraform_module_pinned_source', 'terraform_module_version'],
      checkov: ['CKV_TF_1', 'CKV_TF_2'],
    },
  },
  create(context) {
    return {
      module(block) {
        const attribute = block.attributes.get('source');
        if (!attribute) return;
        inModule(context, (module) => {
          const source = module.valueOf(attribute.value);
          if (typeof source !== 'string' || source.startsWith('./') || source.startsWith('../')) return;
          if (GIT.test(source) || source.startsWith('hg::')) {
            const ref = /[?&](?:ref|rev)=([^&]+)/.exec(source)?.[1];
            if (!ref) context.report({ at: attribute, messageId: 'noRef', data: { source } });
            else if (MOVING_REFS.has(ref))
              context.report({ at: attribute, messageId: 'movingRef', data: { source, ref } });
            return;
          }
          if (!source.includes('::') && REGISTRY.test(source) && !block.attributes.has('version'))
            context.report({ at: attribute, messageId: 'noVersion', data: { source } });
        });
      },
    };
  },
});
