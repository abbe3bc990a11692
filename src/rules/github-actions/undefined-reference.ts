import { isMap } from 'yaml';
import { defineRule } from '../../core/rule.js';
import type { Locatable } from '../../core/finding.js';
import type { ContextAccess, PathSegment } from '../../domains/github-actions/expressions/index.js';
import { didYouMean, distance } from './support/text.js';
import { knownUse } from './support/known-action.js';
import {
  accessesOf,
  atOffsets,
  entries,
  factsOf,
  pairOf,
  valueOf,
  type ExprSite,
  type Facts,
  type JobFacts,
} from './support/facts.js';

/**
 * Known properties of the fixed-shape contexts (docs: Contexts reference, 2026-11). `github`, `runner`, `job` and
 * `strategy` gain properties over time, so only near-misses of a known name (typos) are reported there; the
 * per-step and per-job entries are closed sets.
 */
const OPEN_PROPERTIES: Record<string, readonly string[]> = {
  github: [
    'action',
    'action_path',
    'action_ref',
    'action_repository',
    'action_status',
    'actor',
    'actor_id',
    'api_url',
    'base_ref',
    'env',
    'event',
    'event_name',
    'event_path',
    'graphql_url',
    'head_ref',
    'job',
    'path',
    'ref',
    'ref_name',
    'ref_protected',
    'ref_type',
    'repository',
    'repository_id',
    'repository_owner',
    'repository_owner_id',
    'repositoryUrl',
    'retention_days',
    'run_id',
    'run_number',
    'run_attempt',
    'secret_source',
    'server_url',
    'sha',
    'token',
    'triggering_actor',
    'workflow',
    'workflow_ref',
    'workflow_sha',
    'workspace',
  ],
  runner: ['name', 'os', 'arch', 'temp', 'tool_cache', 'debug', 'environment'],
  job: [
    'container',
    'services',
    'status',
    'check_run_id',
    'workflow_ref',
    'workflow_sha',
    'workflow_repository',
    'workflow_file_path',
  ],
  strategy: ['fail-fast', 'job-index', 'job-total', 'max-parallel'],
};
/** OPEN_PROPERTIES lower-cased, for the membership test every access makes. */
const OPEN_LOWER: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(OPEN_PROPERTIES).map(([name, properties]) => [
    name,
    new Set(properties.map((property) => property.toLowerCase())),
  ]),
);
const STEP_PROPERTIES = ['outputs', 'outcome', 'conclusion'];
const NEEDS_PROPERTIES = ['outputs', 'result'];

function nameOf(segment: PathSegment | undefined): string | undefined {
  return segment && 'name' in segment ? segment.name : undefined;
}

function keysOf(node: unknown): Set<string> {
  return new Set(entries(node).map((pair) => String(pair.key.value).toLowerCase()));
}

/** Names for a message, or `none`. */
function listOf(values: Iterable<string>): string {
  return [...values].join(', ') || 'none';
}

/** Where an access's context and first name are (`needs.build`), made only for a report. */
function nameAt(facts: Facts, site: ExprSite, access: ContextAccess): Locatable {
  return atOffsets(facts, site.bodyStart + access.start, site.bodyStart + access.path[0]!.end, site.path);
}

/** The job an expression sits in, from its key path. */
function jobOf(facts: Facts, site: ExprSite): JobFacts | undefined {
  if (facts.kind === 'action') return facts.jobs[0];
  return site.path[0] === 'jobs' && typeof site.path[1] === 'string' ? facts.jobsById.get(site.path[1]) : undefined;
}

/** The index of the step an expression sits in, from its key path. */
function stepIndexOf(facts: Facts, site: ExprSite): number | undefined {
  const path = site.path;
  if (facts.kind === 'action')
    return path[0] === 'runs' && path[1] === 'steps' && typeof path[2] === 'number' ? path[2] : undefined;
  return path[0] === 'jobs' && typeof path[1] === 'string' && path[2] === 'steps' && typeof path[3] === 'number'
    ? path[3]
    : undefined;
}

/** The job of the workflow whose id is `lower` (ids compared case-insensitively). */
function jobNamed(facts: Facts, lower: string): JobFacts | undefined {
  for (const candidate of facts.jobsById.values()) if (candidate.id.toLowerCase() === lower) return candidate;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'gha/undefined-reference',
    domain: 'github-actions',
    description:
      'References must point at things that exist: matrix keys, needed jobs and their outputs, earlier step ids, declared inputs and secrets.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      noMatrix: 'Job "{{job}}" has no matrix, so `matrix.{{name}}` is always empty.',
      matrix: '`matrix.{{name}}` is not a key of the matrix of job "{{job}}" (keys: {{keys}}).',
      notNeeded: '`needs.{{name}}` is not available: job "{{job}}" does not list "{{name}}" in `needs`.',
      noOutput: 'Job "{{name}}" has no output "{{output}}" (outputs: {{outputs}}).',
      noJob: '`jobs.{{name}}` is not a job of this workflow.',
      step: '`steps.{{name}}` does not name a step before this one in {{where}} (step ids: {{ids}}).',
      input: '`inputs.{{name}}` is not declared (inputs: {{inputs}}).',
      property: '`{{path}}` is not a property of the `{{context}}` context.{{hint}}',
      stepOutput: 'Step "{{step}}" runs {{action}}, which has no output "{{output}}" (outputs: {{outputs}}).{{hint}}',
      secret: '`secrets.{{name}}` is not declared under `on.workflow_call.secrets` (declared: {{secrets}}).',
    },
    equivalents: { actionlint: ['expression'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind === 'unknown' || !facts.root) return;

        // Declared inputs and secrets.
        let inputs: Set<string> | undefined;
        let secrets: Set<string> | undefined;
        if (facts.kind === 'action') {
          inputs = keysOf(valueOf(facts.root, 'inputs'));
        } else {
          const call = facts.events.get('workflow_call');
          const dispatch = facts.events.get('workflow_dispatch');
          inputs = new Set([...keysOf(valueOf(call?.value, 'inputs')), ...keysOf(valueOf(dispatch?.value, 'inputs'))]);
          if (
            call &&
            facts.events.size === 1 &&
            pairOf(call.value, 'secrets') &&
            isMap(valueOf(call.value, 'secrets'))
          ) {
            secrets = keysOf(valueOf(call.value, 'secrets'));
            secrets.add('github_token');
          }
        }

        for (const site of facts.expressions) {
          if (!site.ast) continue;
          const accesses = accessesOf(site.ast);
          if (accesses.length === 0) continue;
          const job = jobOf(facts, site);
          const stepIndex = stepIndexOf(facts, site);
          for (const access of accesses) {
            const first = access.path[0];
            const name = nameOf(first);
            if (!name || !first) continue;
            const lower = name.toLowerCase();
            // Own keys only: a context named like an Object.prototype member (`constructor.x`) is not one of these.
            const known = Object.hasOwn(OPEN_PROPERTIES, access.context) ? OPEN_PROPERTIES[access.context] : undefined;
            const knownLower = known ? OPEN_LOWER[access.context] : undefined;
            if (
              known &&
              !(knownLower ? knownLower.has(lower) : known.some((property) => property.toLowerCase() === lower))
            ) {
              const close = known.find((property) => distance(property.toLowerCase(), lower) <= 2);
              if (close) {
                context.report({
                  at: nameAt(facts, site, access),
                  messageId: 'property',
                  data: {
                    path: `${access.context}.${name}`,
                    context: access.context,
                    hint: ` Did you mean "${access.context}.${close}"?`,
                  },
                });
              }
              continue;
            }
            // `steps.<id>.<x>` and `needs.<job>.<x>`: closed sets.
            const second = nameOf(access.path[1]);
            const secondSegment = access.path[1];
            const closed =
              access.context === 'steps' ? STEP_PROPERTIES : access.context === 'needs' ? NEEDS_PROPERTIES : undefined;
            if (closed && second && secondSegment && !closed.includes(second.toLowerCase())) {
              const propertyAt = atOffsets(
                facts,
                site.bodyStart + access.start,
                site.bodyStart + secondSegment.end,
                site.path,
              );
              context.report({
                at: propertyAt,
                messageId: 'property',
                data: {
                  path: `${access.context}.${name}.${second}`,
                  context: access.context,
                  hint: didYouMean(second, closed),
                },
              });
              continue;
            }
            switch (access.context) {
              case 'matrix': {
                if (!job || facts.kind !== 'workflow') break;
                if (!job.matrix)
                  context.report({
                    at: nameAt(facts, site, access),
                    messageId: 'noMatrix',
                    data: { job: job.id, name },
                  });
                else if (!job.matrix.dynamic && ![...job.matrix.keys].some((key) => key.toLowerCase() === lower)) {
                  context.report({
                    at: nameAt(facts, site, access),
                    messageId: 'matrix',
                    data: { job: job.id, name, keys: listOf(job.matrix.keys) },
                  });
                }
                break;
              }
              case 'needs':
              case 'jobs': {
                if (facts.kind !== 'workflow') break;
                const target = jobNamed(facts, lower);
                if (access.context === 'needs') {
                  if (!job) break;
                  if (!job.needs.some((need) => String(need.value).toLowerCase() === lower)) {
                    context.report({
                      at: nameAt(facts, site, access),
                      messageId: 'notNeeded',
                      data: { job: job.id, name },
                    });
                    break;
                  }
                } else if (!target) {
                  context.report({ at: nameAt(facts, site, access), messageId: 'noJob', data: { name } });
                  break;
                }
                const output = nameOf(access.path[2]);
                const segment = access.path[2];
                if (!target || target.uses || nameOf(access.path[1]) !== 'outputs' || !output || !segment) break;
                if (![...target.outputs].some((key) => key.toLowerCase() === output.toLowerCase())) {
                  const outputAt = atOffsets(
                    facts,
                    site.bodyStart + access.start,
                    site.bodyStart + segment.end,
                    site.path,
                  );
                  context.report({
                    at: outputAt,
                    messageId: 'noOutput',
                    data: { name: target.id, output, outputs: listOf(target.outputs) },
                  });
                }
                break;
              }
              case 'steps': {
                if (!job) break;
                if (job.steps.some((step) => step.id && String(step.id.value).includes('${{'))) break;
                const visible =
                  stepIndex === undefined ? job.steps : job.steps.filter((step) => step.index < stepIndex);
                if (
                  !visible.some(
                    (step) => step.id && step.id.value !== null && String(step.id.value).toLowerCase() === lower,
                  )
                ) {
                  const ids = visible.flatMap((step) =>
                    step.id && step.id.value !== null ? [String(step.id.value)] : [],
                  );
                  const scope = facts.kind === 'action' ? 'this action' : `job "${job.id}"`;
                  context.report({
                    at: nameAt(facts, site, access),
                    messageId: 'step',
                    data: { name, where: scope, ids: listOf(ids) },
                  });
                  break;
                }
                // `steps.<id>.outputs.<x>` of a well-known action: its outputs are known.
                const output = nameOf(access.path[2]);
                const outputSegment = access.path[2];
                if (nameOf(access.path[1])?.toLowerCase() !== 'outputs' || !output || !outputSegment) break;
                const step = visible.find(
                  (candidate) => candidate.id && String(candidate.id.value).toLowerCase() === lower,
                );
                const known = step && knownUse(facts, step.uses);
                if (
                  !known?.meta.inputsComplete ||
                  known.meta.outputsOpen ||
                  known.meta.outputs.some((candidate) => candidate.toLowerCase() === output.toLowerCase())
                )
                  break;
                context.report({
                  at: atOffsets(facts, site.bodyStart + access.start, site.bodyStart + outputSegment.end, site.path),
                  messageId: 'stepOutput',
                  data: {
                    step: name,
                    action: `${known.action}@${known.major}`,
                    output,
                    outputs: listOf(known.meta.outputs),
                    hint: didYouMean(output, known.meta.outputs),
                  },
                });
                break;
              }
              case 'inputs': {
                if (inputs && !inputs.has(lower))
                  context.report({
                    at: nameAt(facts, site, access),
                    messageId: 'input',
                    data: { name, inputs: listOf(inputs) },
                  });
                break;
              }
              case 'secrets': {
                if (secrets && !secrets.has(lower)) {
                  context.report({
                    at: nameAt(facts, site, access),
                    messageId: 'secret',
                    data: { name, secrets: listOf([...secrets].filter((s) => s !== 'github_token')) },
                  });
                }
                break;
              }
              default:
                break;
            }
          }
        }
      },
    };
  },
});
