import { defineRule, type RuleContext } from '../../core/rule.js';
import type { Expression, GhaModel } from '../../domains/github-actions/index.js';
import { forEachExpression } from './support/each.js';

const allowed = new WeakMap<object, ReadonlySet<string>>();

/** GITHUB_TOKEN and the configured names, upper-cased; once per options object (the engine reuses it for every file). */
function allowedOf(options: Record<string, unknown>): ReadonlySet<string> {
  let set = allowed.get(options);
  if (!set) {
    set = new Set(
      ['GITHUB_TOKEN', ...((options.allow as string[] | undefined) ?? [])].map((name) => name.toUpperCase()),
    );
    allowed.set(options, set);
  }
  return set;
}

function checkExpression(context: RuleContext, allow: ReadonlySet<string>, expression: Expression): void {
  const job = expression.job;
  if (!job || job.environment || job.uses || !expression.body.includes('secrets')) return;
  for (const access of expression.accesses) {
    const first = access.path[0];
    if (access.context !== 'secrets' || !first || !('name' in first) || allow.has(first.name.toUpperCase())) continue;
    context.report({
      at: expression.atBody(access.start, access.end),
      messageId: 'outside',
      data: { job: job.id, name: first.name },
    });
  }
}

export default defineRule({
  meta: {
    id: 'gha/secrets-outside-environment',
    domain: 'github-actions',
    description:
      'Opt-in: secrets should be read only by jobs that name a deployment `environment:`, so environment protection rules (reviewers, branch rules) guard them.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    securitySeverity: 3.0,
    messages: {
      outside:
        'Job "{{job}}" reads `secrets.{{name}}` without an `environment:`: move the secret to an environment with protection rules and name it in the job.',
    },
    equivalents: { zizmor: ['secrets-outside-env'] },
    defaultOptions: { allow: [] },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: {
          description: 'Secret names that may be read outside an environment.',
          type: 'array',
          items: { type: 'string' },
        },
      },
    },
  },
  create(context) {
    const allow = allowedOf(context.options);
    return {
      exit(model: GhaModel) {
        forEachExpression(model, (expression) => checkExpression(context, allow, expression));
      },
    };
  },
});
