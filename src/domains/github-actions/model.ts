import type { Document, Node, Scalar } from 'yaml';
import type { Locatable, Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import type { ContextAccess, ExprNode, ExpressionError } from './expressions/index.js';
import type { KeyPath } from '../yaml/document.js';
import type { ShapeProblem } from './shape.js';

export type { ShapeProblem, ShapeProblemKind } from './shape.js';

export type { KeyPath } from '../yaml/document.js';

/**
 * Shared by every node of one file: the text, the YAML document, and the span/offset helpers. Nodes keep a
 * reference to it so they can make Locatables lazily (spans are computed only when a rule reports).
 */
export interface GhaFileContext {
  file: SourceFile;
  document: Document.Parsed;
  /** The Locatable for `base.keyPath + subPath`, walking YAML nodes from `base`; falls back to the nearest ancestor. */
  at(base: GhaNode, subPath?: KeyPath, options?: { key?: boolean }): Locatable;
  /** A Locatable for characters `start`..`end` of a string value (offsets into `val.value`), exact inside block scalars. */
  atValue(val: Val, start: number, end: number): Locatable;
}

/**
 * Any value of the file the model names. `span` is the value's (the key's when the value is empty), `path` the
 * logical path (`jobs.build.steps[2].uses`) used for fingerprints.
 */
export interface GhaNode extends Locatable {
  readonly keyPath: KeyPath;
  /** The YAML value node (aliases resolved); null when the key has no value. */
  readonly node: Node | null;
  /** The mapping key this value belongs to, when it has one. */
  readonly keyNode: Scalar | null;
  /** Span of the key (or of the value when there is no key). */
  readonly keySpan: Span;
  /** A Locatable below this node: `step.at(['with', 'script'])`, `job.at([], { key: true })`. */
  at(subPath?: KeyPath, options?: { key?: boolean }): Locatable;
}

/** A scalar (or collection) value. `value` is the scalar's JS value; collections have `value: undefined`. */
export interface Val<T = unknown> extends GhaNode {
  readonly value: T;
  /** `${{ … }}` occurrences in this value (for collections: none; see the walk's `expression` hook). */
  readonly expressions: Expression[];
}

export type Str = Val<string>;

/** A mapping of names to values (env, with, outputs, …), in document order. */
export interface Mapping<V extends GhaNode = Val> extends GhaNode {
  readonly entries: ReadonlyMap<string, V>;
  get(name: string): V | undefined;
}

/** Where an expression sits, named by the first key below its owner: `run`, `if`, `with`, `env`, `runs-on`, … */
export type ExpressionPlace = string;

export interface Expression extends Locatable {
  /** The whole occurrence as written in the value (`${{ x }}`), or the bare condition text of an `if:`. */
  readonly text: string;
  /** The expression language text (inside `${{ }}` for embedded ones). */
  readonly body: string;
  /** `embedded`: `${{ … }}` in a string; `bare`: an `if:` written without `${{ }}`. */
  readonly form: 'embedded' | 'bare';
  /** File offsets of the occurrence and of its body. */
  readonly start: number;
  readonly end: number;
  readonly bodyStart: number;
  /** False when an embedded `${{` has no closing `}}`. */
  readonly closed: boolean;
  /** The key path of the string value holding it, e.g. `['jobs', 'build', 'steps', 2, 'run']`. */
  readonly keyPath: KeyPath;
  /** First key below the owner: `run`, `if`, `with`, `env`, `runs-on`, `name`, `script`… (see `place`). */
  readonly place: ExpressionPlace;
  /** For `with`, `env`, `outputs`, `secrets` and `inputs` places: the entry's name (`script`, `GITHUB_TOKEN`, …). */
  readonly entry: string | undefined;
  /** The value holding the expression. */
  readonly value: Str;
  /** True when the value is exactly this one `${{ … }}` and nothing else. */
  readonly whole: boolean;
  readonly owner: 'workflow' | 'job' | 'step' | 'action';
  readonly workflow: Workflow | undefined;
  readonly action: Action | undefined;
  readonly job: Job | undefined;
  readonly step: Step | undefined;
  /** The parsed body (parsed once, on first use); undefined when it does not parse (see `error`). */
  readonly ast: ExprNode | undefined;
  readonly error: ExpressionError | undefined;
  /** Context access chains of the body (`github.event.issue.title`), computed once. Empty when it does not parse. */
  readonly accesses: readonly ContextAccess[];
  /** A Locatable for a part of the body, by offsets into `body`. */
  atBody(start: number, end: number): Locatable;
}

export type TriggerFilterName = 'branches' | 'branches-ignore' | 'tags' | 'tags-ignore' | 'paths' | 'paths-ignore';

/** An input of `workflow_call` / `workflow_dispatch`, or of an action. */
export interface InputDef extends GhaNode {
  readonly id: string;
  readonly description: Str | undefined;
  readonly type: Str | undefined;
  readonly required: Val | undefined;
  readonly default: Val | undefined;
  /** `options` of a `choice` input. */
  readonly options: Val[];
  readonly deprecationMessage: Str | undefined;
}

export interface OutputDef extends GhaNode {
  readonly id: string;
  readonly description: Str | undefined;
  readonly value: Val | undefined;
}

export interface SecretDef extends GhaNode {
  readonly id: string;
  readonly required: Val | undefined;
  readonly description: Str | undefined;
}

/** One event of `on:`, normalised from the string, list and mapping forms. */
export interface Trigger extends GhaNode {
  /** Event name as written (`push`, `pull_request_target`, …). */
  readonly event: string;
  /** `types:` activity types. */
  readonly types: Str[];
  readonly filters: ReadonlyMap<TriggerFilterName, Str[]>;
  /** `workflow_run.workflows`. */
  readonly workflows: Str[];
  /** `schedule` cron entries. */
  readonly crons: Str[];
  /** workflow_call / workflow_dispatch inputs. */
  readonly inputs: Mapping<InputDef> | undefined;
  /** workflow_call secrets and outputs. */
  readonly secrets: Mapping<SecretDef> | undefined;
  readonly outputs: Mapping<OutputDef> | undefined;
}

export interface Triggers extends GhaNode {
  readonly events: ReadonlyMap<string, Trigger>;
  has(event: string): boolean;
  get(event: string): Trigger | undefined;
}

export type PermissionLevel = 'read' | 'write' | 'none';

export interface Permissions extends GhaNode {
  /** `read-all` / `write-all` strings, `map` for per-scope levels (`{}` is a map with no scopes), `invalid` otherwise. */
  readonly kind: 'read-all' | 'write-all' | 'map' | 'invalid';
  readonly scopes: ReadonlyMap<string, Val<string> & { level: PermissionLevel | undefined }>;
}

export interface Defaults extends GhaNode {
  readonly shell: Str | undefined;
  readonly workingDirectory: Str | undefined;
}

export interface Credentials extends GhaNode {
  readonly username: Val | undefined;
  readonly password: Val | undefined;
}

/** `container:` (string or mapping form) or one of `services:`. */
export interface Container extends GhaNode {
  /** The service id for services; undefined for the job container. */
  readonly id: string | undefined;
  readonly image: Str | undefined;
  readonly credentials: Credentials | undefined;
  readonly env: Mapping | undefined;
  readonly ports: Val[];
  readonly volumes: Val[];
  readonly options: Str | undefined;
}

export interface Environment extends GhaNode {
  /** The environment name (string form or `name:`). */
  readonly name: Str | undefined;
  readonly url: Str | undefined;
}

/** One value of a matrix, as plain data (aliases resolved). */
export interface MatrixCell extends GhaNode {
  /** A string, number, boolean, null, array or object; strings holding `${{ }}` as written. */
  readonly data: unknown;
  /** True when the value (or a string inside it) holds `${{ }}`: it is known only at run time. */
  readonly dynamic: boolean;
}

/** A row of `include:` or `exclude:`. */
export interface MatrixRow extends GhaNode {
  readonly cells: ReadonlyMap<string, MatrixCell>;
}

export interface MatrixAxis {
  readonly name: string;
  /** The axis's value (its list). */
  readonly node: GhaNode;
  /** The listed values; undefined when the axis is not a list (an expression such as `${{ fromJSON(…) }}`). */
  readonly values: MatrixCell[] | undefined;
}

/** `strategy.matrix` read as data. */
export interface Matrix extends GhaNode {
  /** True when the matrix itself is not a mapping (an expression): its rows are known only at run time. */
  readonly dynamic: boolean;
  /** The axes other than `include` and `exclude`, in document order. */
  readonly axes: ReadonlyMap<string, MatrixAxis>;
  /** Rows of `include:` / `exclude:` ([] when absent); undefined when written as an expression. */
  readonly include: MatrixRow[] | undefined;
  readonly exclude: MatrixRow[] | undefined;
  /** Every value `matrix.<name>` can take (axis values, then `include` values); undefined when not known statically. */
  valuesOf(name: string): MatrixCell[] | undefined;
}

export interface Strategy extends GhaNode {
  readonly matrix: GhaNode | undefined;
  /** The matrix as data, read on first use; undefined without a matrix. */
  readonly matrixData: Matrix | undefined;
  readonly failFast: Val | undefined;
  readonly maxParallel: Val | undefined;
}

/** An `if:`. `bare`: no `${{ }}`; `wrapped`: exactly one `${{ … }}` and nothing else; `template`: anything else (a string: always true). */
export interface Condition extends Str {
  readonly form: 'bare' | 'wrapped' | 'template';
}

export type RefKind = 'sha' | 'short-sha' | 'tag' | 'branch' | 'none';

/** A parsed `uses:`. */
export interface Uses extends Str {
  readonly kind: 'repository' | 'local' | 'docker' | 'invalid';
  /** For repository uses. Owner and repo are as written; compare lower-cased. */
  readonly owner: string | undefined;
  readonly repo: string | undefined;
  /** Sub-path inside the repository (`github/codeql-action/init` → `init`). */
  readonly subPath: string | undefined;
  /** `owner/repo` lower-cased, for policy matching. */
  readonly slug: string | undefined;
  readonly ref: string | undefined;
  readonly refKind: RefKind;
  /** For local uses: the path (`./.github/actions/setup`). */
  readonly localPath: string | undefined;
  /** For docker uses: the image after `docker://`. */
  readonly image: string | undefined;
  /** The trailing comment on the same line (`# v4.1.1`), text after `#`, trimmed. */
  readonly comment: string | undefined;
  /** A version named by the trailing comment (`v4.1.1`, `4.1.1`, `tag=v4`), when it names one. */
  readonly commentVersion: string | undefined;
  /** True when the value is (or contains) an expression: GitHub rejects that in `uses`. */
  readonly dynamic: boolean;
}

export interface Step extends GhaNode {
  readonly index: number;
  readonly id: Str | undefined;
  readonly name: Str | undefined;
  readonly uses: Uses | undefined;
  readonly run: Str | undefined;
  readonly shell: Str | undefined;
  readonly with: Mapping | undefined;
  readonly env: Mapping | undefined;
  readonly if: Condition | undefined;
  readonly workingDirectory: Str | undefined;
  readonly continueOnError: Val | undefined;
  readonly timeoutMinutes: Val | undefined;
  /** Every key as written, for structure checks. */
  readonly keys: ReadonlyMap<string, GhaNode>;
  /** The job holding the step (workflows) or undefined (composite actions). */
  readonly job: Job | undefined;
  /** The composite action holding the step. */
  readonly action: Action | undefined;
  readonly workflow: Workflow | undefined;
  /** Every `${{ … }}` of the step, in document order. */
  readonly expressions: Expression[];
}

export interface Job extends GhaNode {
  readonly id: string;
  readonly name: Str | undefined;
  readonly runsOn: Val | undefined;
  /** `needs:` entries (string or list form). */
  readonly needs: Str[];
  readonly if: Condition | undefined;
  readonly permissions: Permissions | undefined;
  readonly environment: Environment | undefined;
  readonly concurrency: Val | undefined;
  readonly timeoutMinutes: Val | undefined;
  readonly continueOnError: Val | undefined;
  readonly container: Container | undefined;
  readonly services: Container[];
  readonly strategy: Strategy | undefined;
  readonly outputs: Mapping | undefined;
  readonly env: Mapping | undefined;
  readonly defaults: Defaults | undefined;
  readonly steps: Step[];
  /** A reusable workflow call. */
  readonly uses: Uses | undefined;
  readonly with: Mapping | undefined;
  /** `secrets: inherit` (a Val of 'inherit') or a mapping. */
  readonly secrets: Val | Mapping | undefined;
  readonly keys: ReadonlyMap<string, GhaNode>;
  readonly workflow: Workflow;
  /** Expressions of the job outside its steps, in document order. */
  readonly expressions: Expression[];
}

export interface Workflow extends GhaNode {
  readonly kind: 'workflow';
  readonly file: SourceFile;
  readonly name: Str | undefined;
  readonly runName: Str | undefined;
  /** Normalised `on:`; undefined when the key is missing. */
  readonly on: Triggers | undefined;
  readonly permissions: Permissions | undefined;
  readonly env: Mapping | undefined;
  readonly defaults: Defaults | undefined;
  readonly concurrency: Val | undefined;
  readonly jobs: Job[];
  /** The `jobs:` mapping itself. */
  readonly jobsNode: GhaNode | undefined;
  readonly keys: ReadonlyMap<string, GhaNode>;
  /** Expressions outside jobs, in document order. */
  readonly expressions: Expression[];
  /** Every expression of the file, in document order. */
  readonly allExpressions: Expression[];
  /** Structure problems against the declared shape of a workflow or action.yml (types, required keys, values), checked on first use. */
  readonly shapeProblems: readonly ShapeProblem[];
  readonly context: GhaFileContext;
}

export interface Action extends GhaNode {
  readonly kind: 'action';
  readonly file: SourceFile;
  readonly name: Str | undefined;
  readonly description: Str | undefined;
  readonly inputs: Mapping<InputDef> | undefined;
  readonly outputs: Mapping<OutputDef> | undefined;
  readonly runs: GhaNode | undefined;
  /** `runs.using` as written. */
  readonly using: Str | undefined;
  readonly usingKind: 'composite' | 'node' | 'docker' | 'unknown';
  readonly main: Str | undefined;
  readonly pre: Str | undefined;
  readonly post: Str | undefined;
  /** `runs.image` of docker actions. */
  readonly image: Str | undefined;
  /** Composite steps. */
  readonly steps: Step[];
  readonly keys: ReadonlyMap<string, GhaNode>;
  /** Expressions outside steps, in document order. */
  readonly expressions: Expression[];
  readonly allExpressions: Expression[];
  /** Structure problems against the declared shape of a workflow or action.yml (types, required keys, values), checked on first use. */
  readonly shapeProblems: readonly ShapeProblem[];
  readonly context: GhaFileContext;
}

/** What the github-actions domain parses a file into: a workflow or an action's metadata. */
export type GhaModel = Workflow | Action;
