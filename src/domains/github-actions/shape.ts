import { isAlias, isMap, isScalar, isSeq, visit, type Node, type Scalar } from 'yaml';
import type { Locatable } from '../../core/finding.js';
import { pathString, type KeyPath } from '../yaml/document.js';
import { keyName, nodeSpan, type FileContext } from './context.js';
import type { GhaModel } from './model.js';

/**
 * The structure of workflows and action metadata as one declaration: for each place, the keys it takes, their types,
 * which are required, which values are allowed and which mappings name ids. Keys after GitHub's workflow syntax and
 * metadata syntax references and the template schema of GitHub's own workflow parser (`@actions/workflow-parser`,
 * workflow-v1.0.json); unknown keys are `gha/unknown-key`'s, not this table's.
 *
 * A value written as a `${{ }}` expression stands for any type where GitHub evaluates expressions (`expr`, the default
 * for typed scalars and open mappings); GitHub checks it at run time.
 */
export type Shape =
  | { kind: 'string'; values?: readonly string[]; nonEmpty?: boolean; expr?: boolean; describe?: string }
  | { kind: 'number'; expr?: boolean }
  | { kind: 'boolean'; expr?: boolean }
  | { kind: 'scalar'; expr?: boolean }
  | { kind: 'any'; expr?: boolean }
  | {
      kind: 'mapping';
      keys?: Readonly<Record<string, Shape>>;
      /** Each required key, or a list of alternatives of which one is required. */
      required?: readonly (string | readonly string[])[];
      /** Shape of every value of an open mapping (env, with, inputs). */
      values?: Shape;
      /** Keys of an open mapping are ids: two that differ only in case are one to GitHub. */
      ids?: string;
      nonEmpty?: boolean;
      expr?: boolean;
    }
  | { kind: 'sequence'; items: Shape; nonEmpty?: boolean; expr?: boolean }
  | {
      kind: 'one-of';
      options: readonly Shape[];
      expr?: boolean;
      describe?: string;
      nullable?: boolean;
      notNull?: boolean;
    };

const STRING: Shape = { kind: 'string' };
const NON_EMPTY: Shape = { kind: 'string', nonEmpty: true };
const NUMBER: Shape = { kind: 'number' };
const BOOLEAN: Shape = { kind: 'boolean' };
const SCALAR: Shape = { kind: 'scalar' };
const ANY: Shape = { kind: 'any' };
const STRINGS: Shape = {
  kind: 'one-of',
  options: [NON_EMPTY, { kind: 'sequence', items: NON_EMPTY }],
  describe: 'a string or a list of strings',
};
const ENV: Shape = { kind: 'mapping', values: SCALAR, ids: 'environment variable' };
const WITH: Shape = { kind: 'mapping', values: SCALAR, ids: 'input' };
const CONDITION: Shape = { kind: 'scalar' };
const PERMISSION_LEVEL: Shape = { kind: 'string', values: ['read', 'write', 'none'], expr: false };
const PERMISSIONS: Shape = {
  kind: 'one-of',
  expr: false,
  // `permissions: {}` revokes every scope; `permissions:` with nothing is not a value GitHub accepts.
  notNull: true,
  describe: '"read-all", "write-all" or a mapping of scopes',
  options: [
    { kind: 'string', values: ['read-all', 'write-all'], expr: false },
    {
      kind: 'mapping',
      values: PERMISSION_LEVEL,
      // Scopes with fewer levels: an OIDC token can only be requested (write), models can only be read.
      keys: {
        'id-token': { kind: 'string', values: ['write', 'none'], expr: false },
        models: { kind: 'string', values: ['read', 'none'], expr: false },
      },
      expr: false,
    },
  ],
};
const DEFAULTS: Shape = {
  kind: 'mapping',
  keys: { run: { kind: 'mapping', keys: { shell: NON_EMPTY, 'working-directory': NON_EMPTY } } },
};
const CONCURRENCY: Shape = {
  kind: 'one-of',
  describe: 'a group name or a mapping with "group"',
  options: [
    NON_EMPTY,
    { kind: 'mapping', keys: { group: NON_EMPTY, 'cancel-in-progress': BOOLEAN, queue: SCALAR }, required: ['group'] },
  ],
};
const CREDENTIALS: Shape = {
  kind: 'mapping',
  keys: { username: NON_EMPTY, password: NON_EMPTY },
  required: ['username', 'password'],
};
const CONTAINER_KEYS = {
  image: NON_EMPTY,
  credentials: CREDENTIALS,
  env: ENV,
  ports: { kind: 'sequence', items: SCALAR },
  volumes: { kind: 'sequence', items: NON_EMPTY },
  options: STRING,
} as const satisfies Record<string, Shape>;
const CONTAINER: Shape = {
  kind: 'one-of',
  nullable: true,
  describe: 'an image name or a mapping with "image"',
  options: [NON_EMPTY, { kind: 'mapping', keys: CONTAINER_KEYS, required: ['image'] }],
};
const SERVICE: Shape = {
  kind: 'one-of',
  describe: 'an image name or a mapping with "image"',
  options: [
    NON_EMPTY,
    { kind: 'mapping', keys: { ...CONTAINER_KEYS, entrypoint: STRING, command: STRING }, required: ['image'] },
  ],
};
const MATRIX: Shape = {
  kind: 'mapping',
  values: { kind: 'sequence', items: ANY, nonEmpty: true },
  keys: {
    include: { kind: 'sequence', items: { kind: 'mapping', values: ANY } },
    exclude: { kind: 'sequence', items: { kind: 'mapping', values: ANY } },
  },
  nonEmpty: true,
};
const STRATEGY: Shape = { kind: 'mapping', keys: { matrix: MATRIX, 'fail-fast': BOOLEAN, 'max-parallel': NUMBER } };
const ENVIRONMENT: Shape = {
  kind: 'one-of',
  describe: 'a name or a mapping with "name"',
  options: [
    NON_EMPTY,
    { kind: 'mapping', keys: { name: NON_EMPTY, url: STRING, deployment: BOOLEAN }, required: ['name'] },
  ],
};
const RUNS_ON: Shape = {
  kind: 'one-of',
  describe: 'a label, a list of labels or a mapping with "group" and/or "labels"',
  options: [
    NON_EMPTY,
    { kind: 'sequence', items: NON_EMPTY, nonEmpty: true },
    { kind: 'mapping', keys: { group: NON_EMPTY, labels: STRINGS }, required: [['group', 'labels']] },
  ],
};
const STEP: Shape = {
  kind: 'mapping',
  keys: {
    id: NON_EMPTY,
    if: CONDITION,
    name: STRING,
    uses: { kind: 'string', nonEmpty: true, expr: false },
    run: STRING,
    'working-directory': NON_EMPTY,
    shell: NON_EMPTY,
    with: WITH,
    env: ENV,
    'continue-on-error': BOOLEAN,
    'timeout-minutes': NUMBER,
  },
  // Parallel steps: a step may wait for or cancel background steps, or group steps, instead of running one.
  required: [['uses', 'run', 'wait', 'wait-all', 'cancel', 'parallel']],
};
const JOB_OUTPUTS: Shape = { kind: 'mapping', values: STRING, ids: 'output' };
const JOB: Shape = {
  kind: 'mapping',
  keys: {
    name: STRING,
    permissions: PERMISSIONS,
    needs: STRINGS,
    if: CONDITION,
    'runs-on': RUNS_ON,
    snapshot: {
      kind: 'one-of',
      describe: 'an image name or a mapping with "image-name"',
      options: [
        NON_EMPTY,
        { kind: 'mapping', keys: { 'image-name': NON_EMPTY, version: STRING }, required: ['image-name'] },
      ],
    },
    environment: ENVIRONMENT,
    concurrency: CONCURRENCY,
    outputs: JOB_OUTPUTS,
    env: ENV,
    defaults: DEFAULTS,
    steps: { kind: 'sequence', items: STEP, nonEmpty: true, expr: false },
    'timeout-minutes': NUMBER,
    strategy: STRATEGY,
    'continue-on-error': BOOLEAN,
    container: CONTAINER,
    services: { kind: 'mapping', values: SERVICE, ids: 'service' },
    uses: { kind: 'string', nonEmpty: true, expr: false },
    with: WITH,
    secrets: {
      kind: 'one-of',
      describe: '"inherit" or a mapping of secrets',
      options: [
        { kind: 'string', values: ['inherit'] },
        { kind: 'mapping', values: SCALAR, ids: 'secret' },
      ],
    },
  },
};
const INPUT_TYPES = ['boolean', 'number', 'string', 'choice', 'environment'];
const CALL_INPUT_TYPES = ['boolean', 'number', 'string'];
const NON_EMPTY_LIST: Shape = { kind: 'sequence', items: NON_EMPTY, nonEmpty: true, expr: false };
const TRIGGER_FILTERS = {
  // image_version: the image names and versions to react to.
  names: {
    kind: 'one-of',
    options: [NON_EMPTY, NON_EMPTY_LIST],
    describe: 'a name or a non-empty list of names',
  } as Shape,
  versions: {
    kind: 'one-of',
    options: [NON_EMPTY, NON_EMPTY_LIST],
    describe: 'a version or a non-empty list of versions',
  } as Shape,
  branches: STRINGS,
  'branches-ignore': STRINGS,
  tags: STRINGS,
  'tags-ignore': STRINGS,
  paths: STRINGS,
  'paths-ignore': STRINGS,
  types: STRINGS,
  workflows: STRINGS,
};
const WORKFLOW_CALL: Shape = {
  kind: 'mapping',
  keys: {
    inputs: {
      kind: 'mapping',
      ids: 'input',
      values: {
        kind: 'mapping',
        keys: {
          description: STRING,
          required: BOOLEAN,
          type: { kind: 'string', values: CALL_INPUT_TYPES, expr: false },
          default: SCALAR,
        },
        required: ['type'],
        expr: false,
      },
      expr: false,
    },
    secrets: {
      kind: 'mapping',
      ids: 'secret',
      values: {
        kind: 'one-of',
        describe: 'a mapping or empty',
        options: [{ kind: 'mapping', keys: { description: STRING, required: BOOLEAN } }],
      },
      expr: false,
    },
    outputs: {
      kind: 'mapping',
      ids: 'output',
      values: { kind: 'mapping', keys: { description: STRING, value: NON_EMPTY }, required: ['value'], expr: false },
      expr: false,
    },
  },
};
const WORKFLOW_DISPATCH: Shape = {
  kind: 'mapping',
  keys: {
    inputs: {
      kind: 'mapping',
      ids: 'input',
      expr: false,
      values: {
        kind: 'mapping',
        expr: false,
        keys: {
          description: STRING,
          required: BOOLEAN,
          type: { kind: 'string', values: INPUT_TYPES, expr: false },
          default: SCALAR,
          options: { kind: 'sequence', items: SCALAR, nonEmpty: true },
          deprecationMessage: STRING,
        },
      },
    },
  },
};
const SCHEDULE: Shape = {
  kind: 'sequence',
  expr: false,
  nonEmpty: true,
  items: {
    kind: 'mapping',
    expr: false,
    keys: { cron: { kind: 'string', nonEmpty: true, expr: false }, timezone: STRING },
    required: ['cron'],
  },
};
const EVENTS: Shape = {
  kind: 'mapping',
  expr: false,
  nonEmpty: true,
  values: {
    kind: 'one-of',
    expr: false,
    describe: 'empty or a mapping',
    options: [{ kind: 'mapping', keys: TRIGGER_FILTERS, expr: false }],
  },
  keys: { schedule: SCHEDULE, workflow_call: WORKFLOW_CALL, workflow_dispatch: WORKFLOW_DISPATCH },
};
const ON: Shape = {
  kind: 'one-of',
  expr: false,
  describe: 'an event name, a list of event names or a mapping of events',
  options: [
    { kind: 'string', nonEmpty: true, expr: false },
    { kind: 'sequence', items: { kind: 'string', nonEmpty: true, expr: false }, nonEmpty: true, expr: false },
    EVENTS,
  ],
};
export const WORKFLOW_SHAPE: Shape = {
  kind: 'mapping',
  expr: false,
  keys: {
    name: STRING,
    'run-name': STRING,
    on: ON,
    permissions: PERMISSIONS,
    env: ENV,
    defaults: DEFAULTS,
    concurrency: CONCURRENCY,
    jobs: { kind: 'mapping', values: JOB, ids: 'job', nonEmpty: true, expr: false },
  },
  required: ['on', 'jobs'],
};

const COMPOSITE_STEP: Shape = {
  kind: 'mapping',
  keys: {
    id: NON_EMPTY,
    if: CONDITION,
    name: STRING,
    uses: { kind: 'string', nonEmpty: true, expr: false },
    run: STRING,
    'working-directory': NON_EMPTY,
    shell: NON_EMPTY,
    with: WITH,
    env: ENV,
    'continue-on-error': BOOLEAN,
  },
  required: [['uses', 'run']],
};
export const ACTION_SHAPE: Shape = {
  kind: 'mapping',
  expr: false,
  keys: {
    name: NON_EMPTY,
    author: STRING,
    description: NON_EMPTY,
    inputs: {
      kind: 'mapping',
      ids: 'input',
      expr: false,
      values: {
        kind: 'mapping',
        expr: false,
        keys: { description: STRING, required: BOOLEAN, default: SCALAR, deprecationMessage: STRING },
      },
    },
    outputs: {
      kind: 'mapping',
      ids: 'output',
      expr: false,
      values: { kind: 'mapping', expr: false, keys: { description: STRING, value: STRING } },
    },
    runs: {
      kind: 'mapping',
      expr: false,
      keys: {
        using: { kind: 'string', nonEmpty: true, expr: false },
        main: NON_EMPTY,
        pre: NON_EMPTY,
        post: NON_EMPTY,
        'pre-if': STRING,
        'post-if': STRING,
        steps: { kind: 'sequence', items: COMPOSITE_STEP, expr: false },
        image: NON_EMPTY,
        env: ENV,
        entrypoint: STRING,
        'pre-entrypoint': STRING,
        'post-entrypoint': STRING,
        args: { kind: 'sequence', items: SCALAR },
      },
      required: ['using'],
    },
    branding: { kind: 'mapping', keys: { icon: STRING, color: STRING } },
  },
  required: ['name', 'description', 'runs'],
};

export type ShapeProblemKind = 'type' | 'required' | 'empty' | 'value' | 'case' | 'exclusive' | 'step-kind' | 'anchor';

export interface ShapeProblem {
  kind: ShapeProblemKind;
  at: Locatable;
  data: Record<string, string>;
}

const EXPRESSION = /\$\{\{[\s\S]*\}\}/;
/** Nesting past this is reported by the YAML layer; the walk stops rather than recurse further. */
const MAX_DEPTH = 64;

function describeShape(shape: Shape): string {
  switch (shape.kind) {
    case 'string':
      return shape.describe ?? (shape.values ? `one of ${shape.values.map((v) => `"${v}"`).join(', ')}` : 'a string');
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean (true or false)';
    case 'scalar':
      return 'a string, number or boolean';
    case 'mapping':
      return 'a mapping';
    case 'sequence':
      return 'a list';
    case 'one-of':
      return shape.describe ?? shape.options.map(describeShape).join(' or ');
    default:
      return 'a value';
  }
}

function describeNode(node: Node | null): string {
  if (node === null || (isScalar(node) && node.value === null)) return 'an empty value';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === 'string') return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    if (typeof value === 'number') return `the number ${value}`;
    if (typeof value === 'boolean') return `the boolean ${value}`;
    return 'a scalar';
  }
  return 'a value';
}

/** Whether `node` fits `shape` at the top (for choosing among `one-of` options); nested problems are checked after. */
function fitsTop(node: Node | null, shape: Shape): boolean {
  const empty = node === null || (isScalar(node) && node.value === null);
  switch (shape.kind) {
    case 'any':
      return true;
    case 'scalar':
      return isScalar(node) && !empty;
    case 'string':
      // A string GitHub allows to be empty takes an empty value too (`run:` with nothing after it).
      return isScalar(node) && (empty ? !shape.nonEmpty && !shape.values : typeof node.value !== 'object');
    case 'number':
      return isScalar(node) && typeof node.value === 'number';
    case 'boolean':
      return isScalar(node) && typeof node.value === 'boolean';
    case 'mapping':
      return isMap(node) || (empty && !shape.nonEmpty && !shape.required);
    case 'sequence':
      return isSeq(node);
    case 'one-of':
      return shape.options.some((option) => fitsTop(node, option));
  }
}

/** `"uses" or "run" (or "wait", "cancel")`: the main alternatives first, the rarer ones after. */
function requiredName(alternatives: readonly string[]): string {
  const quoted = alternatives.map((name) => `"${name}"`);
  const main = quoted.slice(0, 2).join(' or ');
  return quoted.length > 2 ? `${main} (or ${quoted.slice(2).join(', ')})` : main;
}

/** `"timeout-minutes" of step 2 in job "build"`: a key path as a reader names it. */
export function placeName(keyPath: KeyPath): string {
  if (keyPath.length === 0) return 'the top level';
  const dotted = (parts: KeyPath): string => pathString(parts);
  if (keyPath[0] === 'jobs' && keyPath.length >= 2) {
    const job = `job "${String(keyPath[1])}"`;
    if (keyPath.length === 2) return job;
    if (keyPath[2] === 'steps' && typeof keyPath[3] === 'number') {
      const step = `step ${keyPath[3] + 1} of ${job}`;
      return keyPath.length === 4 ? step : `"${dotted(keyPath.slice(4))}" in ${step}`;
    }
    return `"${dotted(keyPath.slice(2))}" in ${job}`;
  }
  if (keyPath[0] === 'runs' && keyPath[1] === 'steps' && typeof keyPath[2] === 'number') {
    const step = `composite step ${keyPath[2] + 1}`;
    return keyPath.length === 3 ? step : `"${dotted(keyPath.slice(3))}" in ${step}`;
  }
  return `"${dotted(keyPath)}"`;
}

/** Checks one file's document against its shape; the problems are in document order of the walk. */
export class ShapeChecker {
  readonly problems: ShapeProblem[] = [];

  constructor(private readonly context: FileContext) {}

  private at(node: Node | null | undefined, keyPath: KeyPath, fallback?: Node | null): Locatable {
    const span =
      nodeSpan(this.context.file, node ?? undefined) ??
      nodeSpan(this.context.file, fallback ?? undefined) ??
      this.context.file.lineSpan(1);
    return { span, path: pathString(keyPath) };
  }

  private report(
    kind: ShapeProblemKind,
    node: Node | null | undefined,
    keyPath: KeyPath,
    data: Record<string, string>,
    fallback?: Node | null,
  ): void {
    this.problems.push({ kind, at: this.at(node, keyPath, fallback), data });
  }

  /** `"timeout-minutes" of job "build"`: the place named for messages. */
  private static where(keyPath: KeyPath): string {
    return placeName(keyPath);
  }

  check(model: GhaModel): void {
    const root = this.context.resolve(this.context.document.contents);
    this.value(root, null, model.kind === 'workflow' ? WORKFLOW_SHAPE : ACTION_SHAPE, [], 0);
    if (model.kind === 'workflow') this.workflowRules(root);
    else this.actionRules(root);
    this.unusedAnchors();
  }

  private value(node: Node | null, key: Scalar | null, shape: Shape, keyPath: KeyPath, depth: number): void {
    if (depth > MAX_DEPTH || shape.kind === 'any') return;
    const empty = node === null || (isScalar(node) && node.value === null);
    const isExpression = isScalar(node) && typeof node.value === 'string' && EXPRESSION.test(node.value);
    if (isExpression && shape.expr !== false) return;
    if (shape.kind === 'one-of') {
      if (empty && shape.nullable) return;
      if (empty && shape.notNull) {
        this.mismatch(node, key, shape, keyPath, true);
        return;
      }
      const option = shape.options.find((candidate) => fitsTop(node, candidate));
      if (!option) {
        this.mismatch(node, key, shape, keyPath, empty);
        return;
      }
      this.value(node, key, option, keyPath, depth);
      return;
    }
    if (!fitsTop(node, shape) && !(empty && shape.kind === 'mapping' && !shape.nonEmpty && !shape.required)) {
      this.mismatch(node, key, shape, keyPath, empty);
      return;
    }
    if (shape.kind === 'string') {
      if (empty) return;
      const text = String((node as Scalar).value);
      if (shape.nonEmpty && text.trim() === '')
        this.report(
          'empty',
          node,
          keyPath,
          { where: ShapeChecker.where(keyPath), expected: describeShape(shape) },
          key,
        );
      else if (shape.values && !shape.values.includes(text)) {
        this.report(
          'value',
          node,
          keyPath,
          { where: ShapeChecker.where(keyPath), value: text, allowed: shape.values.map((v) => `"${v}"`).join(', ') },
          key,
        );
      }
      return;
    }
    if (shape.kind === 'sequence') {
      const items = (node as import('yaml').YAMLSeq).items;
      if (shape.nonEmpty && items.length === 0)
        this.report(
          'empty',
          node,
          keyPath,
          { where: ShapeChecker.where(keyPath), expected: 'a list with at least one item' },
          key,
        );
      items.forEach((item, index) => {
        this.value(this.context.resolve(item), null, shape.items, [...keyPath, index], depth + 1);
      });
      return;
    }
    if (shape.kind === 'mapping') {
      if (!isMap(node)) return;
      if (shape.nonEmpty && node.items.length === 0) {
        this.report(
          'empty',
          node,
          keyPath,
          { where: ShapeChecker.where(keyPath), expected: 'a mapping with at least one entry' },
          key,
        );
        return;
      }
      const present = new Set<string>();
      const seenIds = new Map<string, Scalar>();
      for (const pair of node.items) {
        const name = keyName(pair.key);
        if (name === undefined) continue;
        present.add(name);
        if (shape.ids) {
          const lower = name.toLowerCase();
          const first = seenIds.get(lower);
          if (first) {
            const line = first.range ? String(this.context.file.position(first.range[0]).line) : '?';
            this.report('case', pair.key as Node, [...keyPath, name], {
              what: shape.ids,
              name,
              first: keyName(first) ?? '',
              line,
            });
          } else seenIds.set(lower, pair.key as Scalar);
        }
        const child = shape.keys?.[name] ?? (shape.keys && !shape.values ? undefined : shape.values);
        if (child)
          this.value(this.context.resolve(pair.value), pair.key as Scalar, child, [...keyPath, name], depth + 1);
      }
      for (const required of shape.required ?? []) {
        const alternatives = typeof required === 'string' ? [required] : required;
        if (alternatives.some((name) => present.has(name))) continue;
        this.report('required', key ?? node, keyPath, {
          key: requiredName(alternatives),
          where: ShapeChecker.where(keyPath),
        });
      }
    }
  }

  private mismatch(node: Node | null, key: Scalar | null, shape: Shape, keyPath: KeyPath, empty: boolean): void {
    const expected = describeShape(shape);
    const allowsExpression = shape.expr !== false && shape.kind !== 'string' && shape.kind !== 'any';
    this.report(empty ? 'empty' : 'type', empty ? (key ?? node) : node, keyPath, {
      where: ShapeChecker.where(keyPath),
      expected: allowsExpression ? `${expected} (or a \${{ }} expression)` : expected,
      found: describeNode(node),
    });
  }

  /** What the declaration cannot say: keys that exclude each other, and steps whose keys need a kind of step. */
  private workflowRules(root: Node | null): void {
    // `schedule` named in the string or list form of `on` has no `cron` entries: GitHub never runs it.
    const on = this.context.field(root, 'on');
    const events = isScalar(on?.value)
      ? [on!.value]
      : isSeq(on?.value)
        ? on!.value.items.map((item) => this.context.resolve(item))
        : [];
    events.forEach((event, index) => {
      if (isScalar(event) && event.value === 'schedule') {
        this.report('required', event, isSeq(on!.value) ? ['on', index] : ['on'], {
          key: '"cron" entries',
          where: 'the "schedule" event (write it as `schedule: [{cron: …}]`)',
        });
      }
    });
    for (const job of this.context.entries(this.context.field(root, 'jobs')?.value ?? null)) {
      const keyPath = ['jobs', job.name];
      const jobNode = job.value;
      const uses = this.context.field(jobNode, 'uses');
      if (isMap(jobNode) && !uses) {
        // GitHub's parser requires `runs-on` of a job that runs steps (`steps` itself is optional to it).
        if (!this.context.field(jobNode, 'runs-on'))
          this.report('required', job.key, keyPath, { key: '"runs-on"', where: `job "${job.name}"` });
      }
      if (uses && this.context.field(jobNode, 'steps'))
        this.report('exclusive', this.context.field(jobNode, 'steps')!.key, [...keyPath, 'steps'], {
          a: 'steps',
          b: 'uses',
          where: `job "${job.name}"`,
        });
      const steps = this.context.field(jobNode, 'steps')?.value ?? null;
      if (isSeq(steps))
        steps.items.forEach((item, index) => {
          this.stepRules(
            this.context.resolve(item),
            [...keyPath, 'steps', index],
            `step ${index + 1} of job "${job.name}"`,
          );
        });
    }
  }

  private actionRules(root: Node | null): void {
    const runs = this.context.field(root, 'runs')?.value ?? null;
    const using = this.context.field(runs, 'using');
    const kind = isScalar(using?.value) ? String(using!.value.value).toLowerCase() : '';
    const need =
      kind === 'composite' ? 'steps' : kind === 'docker' ? 'image' : /^node\d+$/.test(kind) ? 'main' : undefined;
    if (need && isMap(runs) && !this.context.field(runs, need))
      this.report('required', this.context.field(root, 'runs')!.key, ['runs'], {
        key: `"${need}"`,
        where: `"runs" (using: ${kind})`,
      });
    const steps = this.context.field(runs, 'steps')?.value ?? null;
    if (kind === 'composite' && isSeq(steps)) {
      steps.items.forEach((item, index) => {
        const step = this.context.resolve(item);
        const keyPath = ['runs', 'steps', index];
        this.stepRules(step, keyPath, `composite step ${index + 1}`);
        if (this.context.field(step, 'run') && !this.context.field(step, 'shell'))
          this.report('required', step, keyPath, {
            key: '"shell"',
            where: `composite step ${index + 1} (a composite action's run step must name its shell)`,
          });
      });
    }
  }

  private stepRules(step: Node | null, keyPath: KeyPath, where: string): void {
    if (!isMap(step)) return;
    const uses = this.context.field(step, 'uses');
    const run = this.context.field(step, 'run');
    if (uses && run) this.report('exclusive', run.key, [...keyPath, 'run'], { a: 'run', b: 'uses', where });
    if (uses) {
      for (const name of ['working-directory', 'shell']) {
        const entry = this.context.field(step, name);
        if (entry) this.report('step-kind', entry.key, [...keyPath, name], { key: name, where, needs: 'run' });
      }
    }
    if (run && this.context.field(step, 'with')) {
      this.report('step-kind', this.context.field(step, 'with')!.key, [...keyPath, 'with'], {
        key: 'with',
        where,
        needs: 'uses',
      });
    }
  }

  /**
   * Anchors that no alias uses: a leftover, or an alias that was meant to use it and names another. A name defined
   * again hides the earlier definition from the aliases after it, so each definition is tracked on its own.
   */
  private unusedAnchors(): void {
    const text = this.context.file.text;
    if (!text.includes('&')) return;
    const definitions: { name: string; node: Node; used: boolean }[] = [];
    const latest = new Map<string, { name: string; node: Node; used: boolean }>();
    visit(this.context.document, {
      Alias: (_key, node) => {
        if (!isAlias(node)) return;
        const definition = latest.get(node.source);
        if (definition) definition.used = true;
      },
      Node: (_key, node) => {
        const anchor = (node as Node).anchor;
        if (!anchor) return;
        const definition = { name: anchor, node: node as Node, used: false };
        definitions.push(definition);
        latest.set(anchor, definition);
      },
    });
    for (const { name, node, used } of definitions) {
      if (used) continue;
      const start = node.range ? text.lastIndexOf(`&${name}`, node.range[0]) : -1;
      const span =
        start >= 0
          ? this.context.file.spanOf(start, start + name.length + 1)
          : (nodeSpan(this.context.file, node) ?? this.context.file.lineSpan(1));
      this.problems.push({ kind: 'anchor', at: { span, path: `&${name}` }, data: { name } });
    }
  }
}
