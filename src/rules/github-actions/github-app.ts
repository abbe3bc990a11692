import { defineRule } from '../../core/rule.js';
import type { Step } from '../../domains/github-actions/index.js';
import { actionOf } from './support/security.js';

const TOKEN_ACTIONS = new Set(['actions/create-github-app-token', 'tibdex/github-app-token']);

/** Permission inputs of the app token that reach no repository (organization and member scopes). */
function organizationOnly(name: string): boolean {
  const scope = name.slice('permission-'.length);
  return scope === 'members' || scope.startsWith('organization-');
}

export default defineRule({
  meta: {
    id: 'gha/github-app',
    domain: 'github-actions',
    description: 'GitHub App tokens should be scoped to the repositories they need and revoked when the job ends.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.0,
    messages: {
      skipRevoke:
        '`skip-token-revoke` keeps the app token valid after the job ends (up to an hour): anything that captured it can go on using it. Let the action revoke it.',
      allRepositories:
        '`owner` without `repositories` makes a token for every repository the app is installed on in `{{owner}}`: name the repositories the job needs.',
    },
    equivalents: { zizmor: ['github-app'] },
  },
  create(context) {
    return {
      step(step: Step) {
        const action = actionOf(step);
        if (!action || !TOKEN_ACTIONS.has(action) || !step.with) return;
        const skip = step.with.get('skip-token-revoke');
        if (skip) {
          const value = String(skip.value ?? '').trim();
          if (value.includes('${{') || /^(?:true|yes|on)$/i.test(value))
            context.report({ at: skip, messageId: 'skipRevoke' });
        }
        const owner = step.with.get('owner');
        if (!owner || step.with.get('repositories')) return;
        const permissions = [...step.with.entries.keys()].filter((name) => name.startsWith('permission-'));
        // A token limited to organization scopes reaches no repository, so naming repositories changes nothing.
        if (permissions.length > 0 && permissions.every(organizationOnly)) return;
        context.report({ at: owner, messageId: 'allRepositories', data: { owner: String(owner.value ?? '') } });
      },
    };
  },
});
