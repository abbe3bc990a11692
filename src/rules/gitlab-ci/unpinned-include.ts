import { defineRule } from '../../core/rule.js';
import type { GitlabInclude } from '../../domains/gitlab-ci/index.js';
import { isDynamic } from './support/util.js';

const SHA = /^[0-9a-f]{40}$/i;
const VERSION = /^v?\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z.-]+)?$/;

export function isPinnedRef(ref: string): boolean {
  return SHA.test(ref) || VERSION.test(ref);
}

export default defineRule({
  meta: {
    id: 'gitlab/unpinned-include',
    domain: 'gitlab-ci',
    description:
      'Project, remote and component includes that follow a branch instead of a commit SHA or a release tag.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.5,
    messages: {
      project:
        'Project include `{{value}}` {{state}}: pin `ref:` to a commit SHA or a release tag, so a push there cannot change this pipeline.',
      remote:
        'Remote include `{{value}}` has no commit SHA or version in its URL: a change on that server changes this pipeline.',
      component: 'Component `{{value}}` uses `@{{ref}}`: pin a released version (`@1.2.3`) or a commit SHA.',
    },
    equivalents: { pipefort: ['cicd-sec-3-gl-unpinned-include'] },
  },
  create(context) {
    return {
      include(include: GitlabInclude) {
        // A component's host is usually `$CI_SERVER_FQDN`: only its version after `@` decides whether it is pinned.
        if (include.kind !== 'component' && isDynamic(include.value)) return;
        const at = context.model.locate([...include.keyPath, include.kind]);
        if (include.kind === 'project') {
          if (include.ref !== undefined && (isDynamic(include.ref) || isPinnedRef(include.ref))) return;
          const state =
            include.ref === undefined ? 'has no `ref:` (it follows the default branch)' : `follows \`${include.ref}\``;
          context.report({
            at: include.ref === undefined ? at : context.model.locate([...include.keyPath, 'ref']),
            messageId: 'project',
            data: { value: include.value, state },
          });
        } else if (include.kind === 'remote') {
          const segments = include.value.split(/[/?#=&]/);
          if (segments.some((segment) => SHA.test(segment) || (VERSION.test(segment) && /\d+\.\d+/.test(segment))))
            return;
          context.report({ at, messageId: 'remote', data: { value: include.value } });
        } else if (include.kind === 'component') {
          const ref = include.value.slice(include.value.lastIndexOf('@') + 1);
          if (!include.value.includes('@') || isPinnedRef(ref) || isDynamic(ref)) return;
          context.report({ at, messageId: 'component', data: { value: include.value, ref } });
        }
      },
    };
  },
});
