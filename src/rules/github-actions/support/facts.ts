import { isMap, isScalar, isSeq, Scalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Locatable } from '../../../core/finding.js';
import type { SourceFile } from '../../../core/source.js';
import {
  accessesOf,
  parseCached,
  scanEmbedded,
  type ExpressionError,
  type ExprNode,
} from '../../../domains/github-actions/expressions/index.js';
import { firstFrom, offsetsOf, rangeHolds } from '../../../domains/github-actions/offsets.js';
import { deref, parseYaml, pathString, type KeyPath } from '../../../domains/yaml/document.js';

/**
 * A flat, cached view of a workflow or action.yml for the structure and expression rules: jobs, steps, and every
 * `${{ }}` with its key path and exact offsets in the file. Built once per file (from the shared YAML parse) and
 * shared by all rules, so each rule stays a few loops over arrays.
 */
export interface ExprSite {
  /** Key path of the value holding the expression. */
  path: KeyPath;
  /** Offsets in the file of the whole `${{ … }}` (or of a bare `if:` expression). */
  start: number;
  end: number;
  /** Offset in the file of the expression text and the text itself. */
  bodyStart: number;
  body: string;
  bare: boolean;
  closed: boolean;
  ast?: ExprNode;
  error?: ExpressionError;
  /** The scalar holding it. */
  scalar: Scalar;
}

export interface StepFacts {
  index: number;
  path: KeyPath;
  node: YAMLMap;
  id?: Scalar;
  uses?: Scalar;
  run?: Scalar;
  shell?: string;
  with: Map<string, Pair<Scalar, Node | null>>;
}

export interface JobFacts {
  id: string;
  key: Scalar;
  path: KeyPath;
  node?: YAMLMap;
  needs: Scalar[];
  steps: StepFacts[];
  /** A reusable-workflow call. */
  uses?: Scalar;
  /** Matrix keys; `dynamic` when the matrix (or a part of it) comes from an expression. */
  matrix?: { keys: Set<string>; dynamic: boolean };
  outputs: Set<string>;
  defaultShell?: string;
}

export interface Facts {
  kind: 'workflow' | 'action' | 'unknown';
  file: SourceFile;
  document?: Document.Parsed;
  root?: YAMLMap;
  jobs: JobFacts[];
  jobsById: Map<string, JobFacts>;
  expressions: ExprSite[];
  /** Events under `on:`, by name, with the node of the name. */
  events: Map<string, { key: Node; value: Node | null }>;
  defaultShell?: string;
}

/**
 * Facts are kept on the SourceFile itself: a WeakMap keyed by the file whose value points back at it keeps every
 * file's facts alive through young-generation collections (an ephemeron), which cost more than the facts.
 */
const FACTS = Symbol('shipshape.gha-facts');
type FileWithFacts = SourceFile & { [FACTS]?: Facts };
export { parseCached };

/** The pair named `key` of a mapping (or of the mapping an alias stands for). */
export function pairOf(map: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  const node = deref(map);
  if (!isMap(node)) return undefined;
  for (const item of node.items)
    if (isScalar(item.key) && String(item.key.value) === key) return item as Pair<Scalar, Node | null>;
  return undefined;
}

/** The value named `key` of a mapping, aliases followed: a rule reading `env` sees what `env: *e` stands for. */
export function valueOf(map: unknown, key: string): Node | null | undefined {
  const pair = pairOf(map, key);
  return pair && deref(pair.value);
}

export function stringOf(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
}

export function entries(map: unknown): Pair<Scalar, Node | null>[] {
  const node = deref(map);
  return isMap(node) ? (node.items.filter((item) => isScalar(item.key)) as Pair<Scalar, Node | null>[]) : [];
}

export function at(
  facts: Facts,
  node: { range?: [number, number, number] | null } | null | undefined,
  path: KeyPath,
): Locatable {
  const range = node?.range;
  const span = range ? facts.file.spanOf(range[0], Math.max(range[1], range[0] + 1)) : facts.file.lineSpan(1);
  return { span, path: pathString(path) };
}

export function atOffsets(facts: Facts, start: number, end: number, path: KeyPath | string): Locatable {
  return {
    span: facts.file.spanOf(start, Math.max(end, start + 1)),
    path: typeof path === 'string' ? path : pathString(path),
  };
}

function kindOf(file: SourceFile, root: YAMLMap | undefined): Facts['kind'] {
  const base = file.path.slice(file.path.lastIndexOf('/') + 1);
  if (/^action\.ya?ml$/i.test(base)) return 'action';
  if (/(^|\/)\.github\/workflows\/[^/]+$/.test(file.path)) return 'workflow';
  if (pairOf(root, 'jobs') && (pairOf(root, 'on') || pairOf(root, 'true'))) return 'workflow';
  if (pairOf(root, 'runs')) return 'action';
  return 'unknown';
}

const IF_KEYS = new Set(['if', 'pre-if', 'post-if']);

/** Offset in the file where a scalar's value text starts (after a quote). */
function valueStart(_file: SourceFile, scalar: Scalar): number {
  const start = scalar.range![0];
  return scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE ? start + 1 : start;
}

/** Sorted file offsets of every `${{`, and of what may start an expression site (see collectExpressions). */
interface Markers {
  placeholders: number[];
  /** `${{`, `if` (in every key of IF_KEYS) and backslashes (an escaped key or value may spell either). */
  sites: number[];
}

function markersOf(text: string): Markers {
  const placeholders = offsetsOf(text, '${{', []);
  const sites = offsetsOf(text, '\\', offsetsOf(text, 'if', [...placeholders])).sort((a, b) => a - b);
  return { placeholders, sites };
}

/**
 * Every expression site below `node`. One mutable path, copied only for values that hold an expression (most scalars
 * do not). A collection whose source holds neither `${{` nor an `if` key is skipped: a site's text lies inside its
 * collection's range (the walk does not follow aliases), and a key spelling `if` without the letters needs an
 * escape, hence the backslash among the markers. The `${{` of a scalar are found by searching the file's offsets of
 * them, not the rest of the text.
 */
function collectExpressions(facts: Facts, markers: Markers, node: unknown, path: KeyPath): void {
  if (isMap(node)) {
    if (!rangeHolds(markers.sites, node.range)) return;
    for (const item of node.items) {
      if (!isScalar(item.key)) continue;
      path.push(String(item.key.value));
      collectExpressions(facts, markers, item.value, path);
      path.pop();
    }
    return;
  }
  if (isSeq(node)) {
    if (!rangeHolds(markers.sites, node.range)) return;
    for (let index = 0; index < node.items.length; index++) {
      path.push(index);
      collectExpressions(facts, markers, node.items[index], path);
      path.pop();
    }
    return;
  }
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return;
  const { text } = facts.file;
  const [from, to] = node.range;
  const hasPlaceholder = firstFrom(markers.placeholders, from);
  const last = path[path.length - 1];
  if (hasPlaceholder < 0 || hasPlaceholder >= to) {
    if (typeof last === 'string' && IF_KEYS.has(last) && node.value.trim() !== '') {
      const isBlock = node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
      const start = isBlock ? from : valueStart(facts.file, node);
      const body = isBlock ? node.value : text.slice(start, start + node.value.length);
      const site: ExprSite = {
        path: [...path],
        start,
        end: start + body.length,
        bodyStart: start,
        body: isBlock || body === node.value ? body : node.value,
        bare: true,
        closed: true,
        scalar: node,
      };
      Object.assign(site, parseCached(site.body));
      facts.expressions.push(site);
    }
    return;
  }
  const source = text.slice(from, to);
  const sitePath = [...path];
  for (const embedded of scanEmbedded(source)) {
    const site: ExprSite = {
      path: sitePath,
      start: from + embedded.start,
      end: from + embedded.end,
      bodyStart: from + embedded.bodyStart,
      body: embedded.body,
      bare: false,
      closed: embedded.closed,
      scalar: node,
    };
    if (embedded.closed) Object.assign(site, parseCached(embedded.body));
    facts.expressions.push(site);
  }
}

export { accessesOf };

function shellOf(node: unknown): string | undefined {
  return stringOf(valueOf(valueOf(valueOf(node, 'defaults'), 'run'), 'shell'));
}

/** The `with` of a step without one: shared, and never added to (facts are read-only for rules and fixers). */
const NO_WITH = new Map<string, Pair<Scalar, Node | null>>();

function collectSteps(stepsValue: unknown, base: KeyPath): StepFacts[] {
  const stepsNode = deref(stepsValue);
  if (!isSeq(stepsNode)) return [];
  const steps: StepFacts[] = [];
  const items = stepsNode.items;
  for (let index = 0; index < items.length; index++) {
    const item = deref(items[index]);
    if (!isMap(item)) continue;
    // One pass over the step's keys; the first of equal names counts, as pairOf would find it.
    let withPair: Pair | undefined,
      idPair: Pair | undefined,
      usesPair: Pair | undefined,
      runPair: Pair | undefined,
      shellPair: Pair | undefined;
    for (const pair of item.items) {
      if (!isScalar(pair.key)) continue;
      switch (String(pair.key.value)) {
        case 'with':
          withPair ??= pair;
          break;
        case 'id':
          idPair ??= pair;
          break;
        case 'uses':
          usesPair ??= pair;
          break;
        case 'run':
          runPair ??= pair;
          break;
        case 'shell':
          shellPair ??= pair;
          break;
        default:
          break;
      }
    }
    const withPairs = isMap(deref(withPair?.value)) ? new Map<string, Pair<Scalar, Node | null>>() : NO_WITH;
    for (const pair of entries(withPair?.value)) withPairs.set(String(pair.key.value), pair);
    // Optional fields only when present, in the order the rules and fixers have always seen.
    const step = { index, path: [...base, index], node: item } as StepFacts;
    const id = deref(idPair?.value);
    const uses = deref(usesPair?.value);
    const run = deref(runPair?.value);
    const shell = stringOf(deref(shellPair?.value));
    if (isScalar(id)) step.id = id;
    if (isScalar(uses)) step.uses = uses;
    if (isScalar(run)) step.run = run;
    if (shell !== undefined) step.shell = shell;
    step.with = withPairs;
    steps.push(step);
  }
  return steps;
}

/** The facts of a GitHub Actions file, computed once per file. */
export function factsOf(file: SourceFile): Facts {
  const hit = (file as FileWithFacts)[FACTS];
  if (hit) return hit;
  const document = parseYaml(file).documents[0];
  const root = isMap(document?.contents) ? (document!.contents as YAMLMap) : undefined;
  const facts: Facts = {
    kind: kindOf(file, root),
    file,
    ...(document ? { document } : {}),
    ...(root ? { root } : {}),
    jobs: [],
    jobsById: new Map(),
    expressions: [],
    events: new Map(),
  };
  (file as FileWithFacts)[FACTS] = facts;
  if (!root) return facts;
  collectExpressions(facts, markersOf(file.text), root, []);

  if (facts.kind === 'workflow') {
    facts.defaultShell = shellOf(root);
    const on = pairOf(root, 'on') ?? pairOf(root, 'true');
    const onValue = deref(on?.value);
    if (isScalar(onValue) && onValue.value != null) {
      facts.events.set(String(onValue.value), { key: onValue, value: null });
    } else if (isSeq(onValue)) {
      for (const item of onValue.items)
        if (isScalar(item)) facts.events.set(String(item.value), { key: item, value: null });
    } else if (isMap(onValue)) {
      for (const pair of entries(onValue))
        facts.events.set(String(pair.key.value), { key: pair.key, value: pair.value });
    }

    for (const pair of entries(valueOf(root, 'jobs'))) {
      const id = String(pair.key.value);
      const value = deref(pair.value);
      const node = isMap(value) ? value : undefined;
      const path: KeyPath = ['jobs', id];
      // One pass over the job's keys; the first of equal names counts, as valueOf would find it.
      let needsPair: Pair | undefined, usesPair: Pair | undefined, stepsPair: Pair | undefined;
      let outputsPair: Pair | undefined, defaultsPair: Pair | undefined, strategyPair: Pair | undefined;
      for (const item of node?.items ?? []) {
        if (!isScalar(item.key)) continue;
        switch (String(item.key.value)) {
          case 'needs':
            needsPair ??= item;
            break;
          case 'uses':
            usesPair ??= item;
            break;
          case 'steps':
            stepsPair ??= item;
            break;
          case 'outputs':
            outputsPair ??= item;
            break;
          case 'defaults':
            defaultsPair ??= item;
            break;
          case 'strategy':
            strategyPair ??= item;
            break;
          default:
            break;
        }
      }
      const needsNode = deref(needsPair?.value);
      const needs = isScalar(needsNode)
        ? [needsNode]
        : isSeq(needsNode)
          ? (needsNode.items.filter(isScalar) as Scalar[])
          : [];
      const uses = deref(usesPair?.value);
      const job = { id, key: pair.key, path } as JobFacts;
      if (node) job.node = node;
      job.needs = needs;
      job.steps = collectSteps(stepsPair?.value, [...path, 'steps']);
      if (isScalar(uses)) job.uses = uses;
      job.outputs = new Set(entries(outputsPair?.value).map((output) => String(output.key.value)));
      const shell = stringOf(valueOf(valueOf(defaultsPair?.value, 'run'), 'shell'));
      if (shell !== undefined) job.defaultShell = shell;
      const strategy = deref(strategyPair?.value);
      const matrix = valueOf(strategy, 'matrix');
      if (strategy !== undefined && strategy !== null && !isMap(strategy)) {
        // `strategy: ${{ fromJSON(…) }}`: the matrix is only known at run time.
        job.matrix = { keys: new Set(), dynamic: true };
      } else if (matrix !== undefined) {
        const keys = new Set<string>();
        let dynamic = !isMap(matrix);
        for (const entry of entries(matrix)) {
          const name = String(entry.key.value);
          if (name === 'include' || name === 'exclude') {
            if (isSeq(entry.value)) {
              for (const item of entry.value.items) {
                if (isMap(item)) {
                  if (name === 'include') for (const inner of entries(item)) keys.add(String(inner.key.value));
                } else dynamic = true;
              }
            } else dynamic = true;
          } else keys.add(name);
        }
        job.matrix = { keys, dynamic };
      }
      facts.jobs.push(job);
      facts.jobsById.set(id, job);
    }
  } else if (facts.kind === 'action') {
    const runs = valueOf(root, 'runs');
    const steps = collectSteps(valueOf(runs, 'steps'), ['runs', 'steps']);
    if (steps.length > 0) {
      const job: JobFacts = { id: '', key: new Scalar(''), path: ['runs'], needs: [], steps, outputs: new Set() };
      facts.jobs.push(job);
    }
  }
  return facts;
}

/** The step-level shell: the step's `shell`, else job and workflow `defaults.run.shell`. */
export function effectiveShell(facts: Facts, job: JobFacts, step: StepFacts): string | undefined {
  return step.shell ?? job.defaultShell ?? facts.defaultShell;
}

/** True when a job may run on Windows (its runs-on mentions windows or comes from an expression). */
export function mayRunOnWindows(job: JobFacts): boolean {
  const runsOn = valueOf(job.node, 'runs-on');
  if (runsOn === undefined || runsOn === null) return false;
  const text = JSON.stringify(isScalar(runsOn) || isSeq(runsOn) || isMap(runsOn) ? runsOn.toJSON() : null);
  return /windows|\$\{\{/i.test(text);
}
