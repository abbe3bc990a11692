import type { ContextAccess, ExprNode } from '../../../domains/github-actions/expressions/index.js';
import { contextAccesses } from '../../../domains/github-actions/expressions/index.js';
import type { Expression, GhaModel, Job, Mapping, Step, Workflow } from '../../../domains/github-actions/index.js';

/**
 * Shared knowledge of the security rules: which triggers outsiders control, which values they write, which actions
 * run code or touch caches. Everything is precompiled at module load; rules only look things up.
 */

/** Triggers that run with the base repository's secrets and a write token while reading data a fork controls. */
export const PRIVILEGED_TRIGGERS: ReadonlySet<string> = new Set(['pull_request_target', 'workflow_run']);

/** Triggers anyone (a fork's pull request, an issue or comment author) can fire in a public repository. */
export const OUTSIDER_TRIGGERS: ReadonlySet<string> = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'issue_comment',
  'issues',
  'discussion',
  'discussion_comment',
  'workflow_run',
]);

export function eventsOf(model: GhaModel): ReadonlySet<string> {
  if (model.kind !== 'workflow' || !model.on) return new Set();
  return new Set(model.on.events.keys());
}

export function privilegedEvents(workflow: Workflow): string[] {
  return [...eventsOf(workflow)].filter((event) => PRIVILEGED_TRIGGERS.has(event));
}

/** `owner/repo` (lower-cased) of a step's repository action, with the sub-path when there is one. */
export function actionOf(step: Step): string | undefined {
  const uses = step.uses;
  if (uses?.kind !== 'repository' || !uses.slug) return undefined;
  return uses.subPath ? `${uses.slug}/${uses.subPath.toLowerCase()}` : uses.slug;
}

/** A `with:` value as a string (numbers and booleans as YAML wrote them); undefined when absent. */
export function withValue(step: Step, name: string): string | undefined {
  const value = step.with?.get(name)?.value;
  return value === undefined || value === null ? undefined : String(value);
}

/**
 * Values written by whoever opens a pull request, issue, comment or review, or pushes a commit or branch: fields of
 * `github` that reach a workflow unfiltered. `*` matches any index. Bounded-character fields (logins, numbers, SHAs)
 * are left out on purpose.
 */
const ATTACKER_FIELDS = [
  'head_ref',
  'event.issue.title',
  'event.issue.body',
  'event.pull_request.title',
  'event.pull_request.body',
  'event.pull_request.head.ref',
  'event.pull_request.head.label',
  'event.pull_request.head.repo.default_branch',
  'event.pull_request.head.repo.description',
  'event.comment.body',
  'event.review.body',
  'event.review_comment.body',
  'event.discussion.title',
  'event.discussion.body',
  'event.pages.*.page_name',
  'event.commits.*.message',
  'event.commits.*.author.email',
  'event.commits.*.author.name',
  'event.commits.*.committer.email',
  'event.commits.*.committer.name',
  'event.head_commit.message',
  'event.head_commit.author.email',
  'event.head_commit.author.name',
  'event.head_commit.committer.email',
  'event.head_commit.committer.name',
  'event.workflow_run.head_branch',
  'event.workflow_run.display_title',
  'event.workflow_run.head_commit.message',
  'event.workflow_run.head_commit.author.email',
  'event.workflow_run.head_commit.author.name',
  'event.workflow_run.head_commit.committer.email',
  'event.workflow_run.head_commit.committer.name',
  'event.workflow_run.pull_requests.*.head.ref',
  'event.workflow_run.head_repository.description',
  'event.check_suite.head_branch',
  'event.check_run.check_suite.head_branch',
].map((field) => field.split('.'));

function segmentsOf(access: ContextAccess): string[] {
  return access.path.map((segment) => ('name' in segment ? segment.name.toLowerCase() : '*'));
}

/** True when a `github.…` access reads a value outsiders write. */
export function isAttackerControlled(access: ContextAccess): boolean {
  if (access.context !== 'github') return false;
  const path = segmentsOf(access);
  return ATTACKER_FIELDS.some(
    (field) =>
      field.length === path.length && field.every((name, i) => name === '*' || path[i] === '*' || name === path[i]),
  );
}

/**
 * Events whose payload carries each attacker-controlled field; a workflow none of whose triggers sends the payload
 * reads an empty value. `workflow_call` inherits its caller's event, so it may carry any of them.
 */
const CARRIERS: [prefix: string, events: string[]][] = [
  ['head_ref', ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']],
  ['event.issue', ['issues', 'issue_comment']],
  ['event.pull_request', ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']],
  ['event.comment', ['issue_comment', 'pull_request_review_comment', 'commit_comment', 'discussion_comment']],
  ['event.review', ['pull_request_review']],
  ['event.review_comment', ['pull_request_review_comment']],
  ['event.discussion', ['discussion', 'discussion_comment']],
  ['event.pages', ['gollum']],
  ['event.commits', ['push']],
  ['event.head_commit', ['push']],
  ['event.workflow_run', ['workflow_run']],
  ['event.check_suite', ['check_suite']],
  ['event.check_run', ['check_run']],
];

/** False when the workflow's triggers all leave the field empty (no trigger sends the payload it comes from). */
export function canCarry(workflow: Workflow | undefined, source: string): boolean {
  if (!workflow?.on) return true;
  const events = workflow.on.events;
  if (events.has('workflow_call')) return true;
  const field = source
    .replace(/^github\./i, '')
    .replace(/\[[^\]]*\]/g, '.*')
    .toLowerCase();
  const carrier = CARRIERS.find(([prefix]) => field === prefix || field.startsWith(`${prefix}.`));
  return !carrier || carrier[1].some((event) => events.has(event));
}

/** Functions whose result carries their arguments' text (the others return booleans, numbers or hashes). */
const PASS_THROUGH = new Set(['format', 'join', 'tojson', 'fromjson']);

const flowing = new WeakMap<ExprNode, ContextAccess[]>();

/**
 * The access chains whose *value* ends up in the expression's result (not ones only compared or tested). Worked out
 * once per AST (parses are shared between equal bodies); the list must not be changed.
 */
export function flowingAccesses(root: ExprNode): ContextAccess[] {
  let found = flowing.get(root);
  if (!found) {
    found = findFlowingAccesses(root);
    flowing.set(root, found);
  }
  return found;
}

function findFlowingAccesses(root: ExprNode): ContextAccess[] {
  const chains: ExprNode[] = [];
  const walk = (node: ExprNode): void => {
    switch (node.kind) {
      case 'context':
      case 'property':
      case 'index':
      case 'star':
        chains.push(node);
        return;
      case 'call': {
        const name = node.name.toLowerCase();
        if (PASS_THROUGH.has(name)) for (const arg of node.args) walk(arg);
        else if (name === 'case')
          node.args.forEach((arg, i) => {
            if (i % 2 === 1 || i === node.args.length - 1) walk(arg);
          });
        return;
      }
      case 'binary':
        if (node.op === '&&' || node.op === '||') {
          walk(node.left);
          walk(node.right);
        }
        return;
      default:
        return;
    }
  };
  walk(root);
  const out: ContextAccess[] = [];
  for (const chain of chains) for (const access of contextAccesses(chain)) if (access.node === chain) out.push(access);
  return out;
}

export interface Taint {
  /** The access in this expression that carries attacker text. */
  access: ContextAccess;
  /** The attacker-controlled field, as written (`github.event.issue.title`). */
  source: string;
  /** For `env.X` accesses: the variable whose value carries the field. */
  via: string | undefined;
}

/** The `env:` value a step sees for a variable: the step's, else its job's, else the workflow's. */
function envValue(step: Step | undefined, job: Job | undefined, workflow: Workflow | undefined, name: string) {
  const scopes: (Mapping | undefined)[] = [step?.env, job?.env, workflow?.env];
  for (const scope of scopes) {
    const value = scope?.get(name);
    if (value) return value;
  }
  return undefined;
}

/** Attacker-controlled values flowing out of an expression, directly or through an `env.X` set from one. */
export function taintsOf(expression: Expression): Taint[] {
  const ast = expression.ast;
  if (!ast) return [];
  const out: Taint[] = [];
  for (const access of flowingAccesses(ast)) {
    if (isAttackerControlled(access)) {
      out.push({ access, source: expression.body.slice(access.start, access.end), via: undefined });
      continue;
    }
    const first = access.path[0];
    if (access.context === 'env' && first && 'name' in first && access.path.length === 1) {
      const value = envValue(expression.step, expression.job, expression.workflow, first.name);
      for (const inner of value?.expressions ?? []) {
        if (!inner.ast) continue;
        const direct = flowingAccesses(inner.ast).find(isAttackerControlled);
        if (direct) {
          out.push({ access, source: inner.body.slice(direct.start, direct.end), via: first.name });
          break;
        }
      }
    }
  }
  return out;
}

/** Inputs of well-known actions that run their value as code. */
export const CODE_INPUTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['actions/github-script', new Set(['script'])],
  ['azure/cli', new Set(['inlinescript'])],
  ['azure/powershell', new Set(['inlinescript'])],
  ['mikefarah/yq', new Set(['cmd'])],
  ['addnab/docker-run-action', new Set(['run'])],
  ['appleboy/ssh-action', new Set(['script'])],
]);

/** True when the expression sits where its text becomes code: a `run:` script or a code input of a known action. */
export function isCodeSink(expression: Expression): boolean {
  if (expression.owner !== 'step') return false;
  if (expression.place === 'run') return true;
  if (expression.place === 'with' && expression.entry && expression.step) {
    const action = actionOf(expression.step);
    return action !== undefined && CODE_INPUTS.get(action)?.has(expression.entry.toLowerCase()) === true;
  }
  return false;
}

export function isFirstPartyOwner(owner: string | undefined): boolean {
  const lower = owner?.toLowerCase();
  return lower === 'actions' || lower === 'github';
}

/** Actions that publish what the job built. */
export const PUBLISHERS = new Set([
  'pypa/gh-action-pypi-publish',
  'softprops/action-gh-release',
  'ncipollo/release-action',
  'goreleaser/goreleaser-action',
  'actions/create-release',
  'rubygems/release-gem',
  'js-devtools/npm-publish',
  'svenstaro/upload-release-action',
]);
const PUBLISH_COMMAND =
  /\b(?:npm|pnpm|yarn)\s+publish\b|\bcargo\s+publish\b|\btwine\s+upload\b|\bgem\s+push\b|\bdocker\s+push\b|\bgoreleaser\s+release\b|\bpoetry\s+publish\b|\bdotnet\s+nuget\s+push\b|\bgh\s+release\s+(?:create|upload)\b/;
const TRUE_VALUE = /^(?:true|yes|on|1)$/i;

/** True when a job publishes what it built (release actions, `npm publish`, `docker push`, …). */
export function publishes(job: Job): boolean {
  return job.steps.some((step) => {
    const action = actionOf(step);
    if (action && PUBLISHERS.has(action)) return true;
    if (action === 'docker/build-push-action') return TRUE_VALUE.test(withValue(step, 'push') ?? '');
    return step.run !== undefined && PUBLISH_COMMAND.test(step.run.value);
  });
}

/** Triggered only by releases or tag pushes (what it builds is what users get): how, for messages; else undefined. */
export function releaseTrigger(workflow: Workflow): string | undefined {
  const on = workflow.on;
  if (!on) return undefined;
  if (on.has('release')) return '`release`';
  const push = on.get('push');
  if (push?.filters.has('tags') && !push.filters.has('branches') && !push.filters.has('branches-ignore'))
    return 'tag pushes';
  return undefined;
}
