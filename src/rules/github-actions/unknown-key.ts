import { isMap, isScalar, type Node } from 'yaml';
import { defineRule, type RuleContext } from '../../core/rule.js';
import type { KeyPath } from '../../domains/github-actions/index.js';
import { at, entries, factsOf, valueOf, type Facts } from './support/facts.js';
import { didYouMean } from './support/text.js';

/**
 * Keys of each mapping, after GitHub's workflow syntax and action metadata syntax, cross-checked against the
 * SchemaStore workflow schema (2026-11: parallel steps, service `entrypoint`/`command`, concurrency `queue`). Hand
 * tables rather than validating against the schema: exact key positions, one pass, and messages that name the place.
 */
const WORKFLOW = ['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'];
const JOB = [
  'name',
  'permissions',
  'needs',
  'if',
  'runs-on',
  'snapshot',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'defaults',
  'steps',
  'timeout-minutes',
  'strategy',
  'continue-on-error',
  'container',
  'services',
  'uses',
  'with',
  'secrets',
];
const CALL_JOB = ['name', 'uses', 'with', 'secrets', 'strategy', 'needs', 'if', 'permissions', 'concurrency'];
const STEP = [
  'id',
  'if',
  'name',
  'uses',
  'run',
  'working-directory',
  'shell',
  'with',
  'env',
  'continue-on-error',
  'timeout-minutes',
  // Parallel steps.
  'background',
  'wait',
  'wait-all',
  'cancel',
  'parallel',
];
const STRATEGY = ['matrix', 'fail-fast', 'max-parallel'];
const CONTAINER = ['image', 'credentials', 'env', 'ports', 'volumes', 'options'];
const SERVICE = [...CONTAINER, 'entrypoint', 'command'];
const CREDENTIALS = ['username', 'password'];
const ENVIRONMENT = ['name', 'url', 'deployment'];
const CONCURRENCY = ['group', 'cancel-in-progress', 'queue'];
const DEFAULTS = ['run'];
const DEFAULTS_RUN = ['shell', 'working-directory'];
const CALL_INPUT = ['description', 'required', 'type', 'default'];
const DISPATCH_INPUT = ['description', 'required', 'type', 'default', 'options', 'deprecationMessage'];
const SECRET = ['description', 'required'];
const WORKFLOW_OUTPUT = ['description', 'value'];
const ACTION = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'];
const ACTION_INPUT = ['description', 'required', 'default', 'deprecationMessage'];
const ACTION_OUTPUT = ['description', 'value'];
const RUNS_NODE = ['using', 'main', 'pre', 'pre-if', 'post', 'post-if'];
const RUNS_COMPOSITE = ['using', 'steps'];
const RUNS_DOCKER = [
  'using',
  'image',
  'env',
  'entrypoint',
  'pre-entrypoint',
  'post-entrypoint',
  'args',
  'pre-if',
  'post-if',
];
const COMPOSITE_STEP = [
  'id',
  'if',
  'name',
  'uses',
  'run',
  'working-directory',
  'shell',
  'with',
  'env',
  'continue-on-error',
];
const BRANDING = ['icon', 'color'];

/** Reports the keys of `map` not in `allowed`; `where` names the place and path, worked out only for a report. */
function check(
  context: RuleContext,
  facts: Facts,
  map: Node | null | undefined,
  allowed: readonly string[],
  where: () => [place: string, path: KeyPath],
): void {
  if (!isMap(map)) return;
  let place: string | undefined;
  let path: KeyPath = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (allowed.includes(key)) continue;
    if (place === undefined) [place, path] = where();
    context.report({
      at: at(facts, pair.key, [...path, key]),
      messageId: 'unknown',
      data: { key, place, hint: didYouMean(key, allowed) },
    });
  }
}

function container(
  context: RuleContext,
  facts: Facts,
  node: Node | null | undefined,
  place: () => string,
  path: () => KeyPath,
  keys = CONTAINER,
): void {
  check(context, facts, node, keys, () => [place(), path()]);
  check(context, facts, valueOf(node, 'credentials'), CREDENTIALS, () => [
    `${place()} credentials`,
    [...path(), 'credentials'],
  ]);
}

export default defineRule({
  meta: {
    id: 'gha/unknown-key',
    domain: 'github-actions',
    description: 'Workflows and action.yml files must only use keys GitHub knows, in the place it expects them.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      unknown: 'Unknown key "{{key}}" in {{place}}.{{hint}}',
      callJob: '"{{key}}" is not allowed in a job that calls a reusable workflow (allowed: {{allowed}}).',
    },
    equivalents: { actionlint: ['syntax-check'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        const root = facts.root;
        if (!root) return;
        if (facts.kind === 'workflow') {
          check(context, facts, root, WORKFLOW, () => ['the workflow', []]);
          check(context, facts, valueOf(root, 'defaults'), DEFAULTS, () => ['defaults', ['defaults']]);
          check(context, facts, valueOf(valueOf(root, 'defaults'), 'run'), DEFAULTS_RUN, () => [
            'defaults.run',
            ['defaults', 'run'],
          ]);
          check(context, facts, valueOf(root, 'concurrency'), CONCURRENCY, () => ['concurrency', ['concurrency']]);
          const call = facts.events.get('workflow_call')?.value;
          for (const pair of entries(valueOf(call, 'inputs')))
            check(context, facts, pair.value, CALL_INPUT, () => [
              `workflow_call input "${pair.key.value}"`,
              ['on', 'workflow_call', 'inputs', String(pair.key.value)],
            ]);
          for (const pair of entries(valueOf(call, 'secrets')))
            check(context, facts, pair.value, SECRET, () => [
              `workflow_call secret "${pair.key.value}"`,
              ['on', 'workflow_call', 'secrets', String(pair.key.value)],
            ]);
          for (const pair of entries(valueOf(call, 'outputs')))
            check(context, facts, pair.value, WORKFLOW_OUTPUT, () => [
              `workflow_call output "${pair.key.value}"`,
              ['on', 'workflow_call', 'outputs', String(pair.key.value)],
            ]);
          const dispatch = facts.events.get('workflow_dispatch')?.value;
          for (const pair of entries(valueOf(dispatch, 'inputs')))
            check(context, facts, pair.value, DISPATCH_INPUT, () => [
              `workflow_dispatch input "${pair.key.value}"`,
              ['on', 'workflow_dispatch', 'inputs', String(pair.key.value)],
            ]);
          for (const job of facts.jobs) {
            if (!job.node) continue;
            const place = `job "${job.id}"`;
            if (job.uses) {
              for (const pair of entries(job.node)) {
                const key = String(pair.key.value);
                if (CALL_JOB.includes(key)) continue;
                const data: Record<string, string> = JOB.includes(key)
                  ? { key, allowed: CALL_JOB.join(', ') }
                  : { key, place, hint: didYouMean(key, CALL_JOB) };
                context.report({
                  at: at(facts, pair.key, [...job.path, key]),
                  messageId: JOB.includes(key) ? 'callJob' : 'unknown',
                  data,
                });
              }
            } else {
              check(context, facts, job.node, JOB, () => [place, job.path]);
            }
            check(context, facts, valueOf(job.node, 'strategy'), STRATEGY, () => [
              `${place} strategy`,
              [...job.path, 'strategy'],
            ]);
            check(context, facts, valueOf(job.node, 'environment'), ENVIRONMENT, () => [
              `${place} environment`,
              [...job.path, 'environment'],
            ]);
            check(context, facts, valueOf(job.node, 'concurrency'), CONCURRENCY, () => [
              `${place} concurrency`,
              [...job.path, 'concurrency'],
            ]);
            check(context, facts, valueOf(job.node, 'defaults'), DEFAULTS, () => [
              `${place} defaults`,
              [...job.path, 'defaults'],
            ]);
            check(context, facts, valueOf(valueOf(job.node, 'defaults'), 'run'), DEFAULTS_RUN, () => [
              `${place} defaults.run`,
              [...job.path, 'defaults', 'run'],
            ]);
            container(
              context,
              facts,
              valueOf(job.node, 'container'),
              () => `${place} container`,
              () => [...job.path, 'container'],
            );
            for (const service of entries(valueOf(job.node, 'services'))) {
              container(
                context,
                facts,
                service.value,
                () => `service "${service.key.value}"`,
                () => [...job.path, 'services', String(service.key.value)],
                SERVICE,
              );
            }
            for (const step of job.steps)
              check(context, facts, step.node, STEP, () => [`step ${step.index + 1} of ${place}`, step.path]);
          }
        } else if (facts.kind === 'action') {
          check(context, facts, root, ACTION, () => ['action.yml', []]);
          for (const pair of entries(valueOf(root, 'inputs')))
            check(context, facts, pair.value, ACTION_INPUT, () => [
              `input "${pair.key.value}"`,
              ['inputs', String(pair.key.value)],
            ]);
          for (const pair of entries(valueOf(root, 'outputs')))
            check(context, facts, pair.value, ACTION_OUTPUT, () => [
              `output "${pair.key.value}"`,
              ['outputs', String(pair.key.value)],
            ]);
          check(context, facts, valueOf(root, 'branding'), BRANDING, () => ['branding', ['branding']]);
          const runs = valueOf(root, 'runs');
          const using = valueOf(runs, 'using');
          const kind = isScalar(using) ? String(using.value) : '';
          const allowed =
            kind === 'composite'
              ? RUNS_COMPOSITE
              : kind === 'docker'
                ? RUNS_DOCKER
                : /^node\d+$/.test(kind)
                  ? RUNS_NODE
                  : undefined;
          if (allowed) check(context, facts, runs, allowed, () => [`runs (using: ${kind})`, ['runs']]);
          for (const job of facts.jobs)
            for (const step of job.steps)
              check(context, facts, step.node, COMPOSITE_STEP, () => [`composite step ${step.index + 1}`, step.path]);
        }
      },
    };
  },
});
