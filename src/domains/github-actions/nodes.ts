import type { Node, Scalar } from 'yaml';
import type { Locatable, Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import { pathString, type KeyPath } from '../yaml/document.js';
import { nodeSpan, type FileContext } from './context.js';
import { ShapeChecker, type ShapeProblem } from './shape.js';
import type {
  Action,
  Condition,
  Container,
  Credentials,
  Defaults,
  Environment,
  Expression,
  GhaNode,
  InputDef,
  Job,
  Mapping,
  Matrix,
  OutputDef,
  PermissionLevel,
  Permissions,
  RefKind,
  SecretDef,
  Step,
  Str,
  Strategy,
  Trigger,
  TriggerFilterName,
  Triggers,
  Uses,
  Val,
  Workflow,
} from './model.js';

/*
 * The model's nodes as classes: every node of a kind has the same fields, set by its constructor and then by the
 * builder, and what rules rarely read (paths, spans, keys as written) is worked out on first use. Fields are
 * `declare`d and assigned in the constructors (class field initializers define properties, which is slow when
 * shared by many kinds), and kinds share NodeBase's members without `extends` (see shareMembers).
 */

export class NodeBase implements GhaNode {
  declare context: FileContext;
  /** Aliases already resolved. */
  declare node: Node | null;
  declare keyNode: Scalar | null;
  /** The key path, or the parent's when `segment` is set: most values never need their own copy. */
  declare basePath: KeyPath;
  declare segment: string | number | undefined;
  declare cachedKeyPath: KeyPath | undefined;
  declare cachedPath: string | undefined;
  declare cachedSpan: Span | undefined;
  declare cachedKeySpan: Span | undefined;

  constructor(
    context: FileContext,
    keyPath: KeyPath,
    node: Node | null,
    keyNode: Scalar | null,
    segment?: string | number,
  ) {
    initNode(this, context, keyPath, node, keyNode, segment);
  }

  get keyPath(): KeyPath {
    if (this.segment === undefined) return this.basePath;
    return (this.cachedKeyPath ??= [...this.basePath, this.segment]);
  }

  /** True when the key path is `keyPath`, compared without building it. */
  hasKeyPath(keyPath: KeyPath): boolean {
    const base = this.basePath;
    const length = this.segment === undefined ? base.length : base.length + 1;
    if (length !== keyPath.length) return false;
    for (let i = 0; i < base.length; i++) if (base[i] !== keyPath[i]) return false;
    return this.segment === undefined || this.segment === keyPath[length - 1];
  }

  /** The last segment of the key path, without building it. */
  get lastSegment(): string | number | undefined {
    return this.segment !== undefined ? this.segment : this.basePath[this.basePath.length - 1];
  }

  get path(): string {
    return (this.cachedPath ??= pathString(this.keyPath));
  }

  get span(): Span {
    return (this.cachedSpan ??=
      nodeSpan(this.context.file, this.node) ??
      nodeSpan(this.context.file, this.keyNode) ??
      this.context.file.lineSpan(1));
  }

  get keySpan(): Span {
    return (this.cachedKeySpan ??= nodeSpan(this.context.file, this.keyNode) ?? this.span);
  }

  at(subPath?: KeyPath, options?: { key?: boolean }): Locatable {
    return this.context.at(this, subPath, options);
  }
}

/**
 * The fields every node kind starts with, in one order (so each kind keeps one shape), without `super()`.
 */
function initNode(
  target: NodeBase,
  context: FileContext,
  keyPath: KeyPath,
  node: Node | null,
  keyNode: Scalar | null,
  segment: string | number | undefined,
): void {
  target.context = context;
  target.node = node;
  target.keyNode = keyNode;
  target.basePath = keyPath;
  target.segment = segment;
  target.cachedKeyPath = undefined;
  target.cachedPath = undefined;
  target.cachedSpan = undefined;
  target.cachedKeySpan = undefined;
}

/**
 * Node kinds get NodeBase's (and ValNode's) members by copying them onto their prototypes rather than by `extends`:
 * V8 keeps throwing away optimized code for constructors that call `super()` here (an unstable-map dependency), so
 * the whole model ran unoptimized. Each kind's constructor sets the shared fields itself, in the same order.
 */
function shareMembers(kind: { prototype: object }, from: { prototype: object }): void {
  const own = Object.getOwnPropertyDescriptors(from.prototype);
  for (const [name, descriptor] of Object.entries(own)) {
    if (name !== 'constructor' && !Object.hasOwn(kind.prototype, name))
      Object.defineProperty(kind.prototype, name, descriptor);
  }
}

/** Every key of a mapping as written, for structure checks. */
function keysOf(owner: NodeBase): Map<string, GhaNode> {
  const out = new Map<string, GhaNode>();
  for (const entry of owner.context.entries(owner.node))
    out.set(entry.name, new NodeBase(owner.context, [...owner.keyPath, entry.name], entry.value, entry.key));
  return out;
}

/** The expressions of a value without any: shared, since most values hold none. */
const NO_EXPRESSIONS: Expression[] = Object.freeze([]) as unknown as Expression[];

export class ValNode<T = unknown> implements Val<T> {
  declare value: T;
  declare expressions: Expression[];

  /** With `segment`, `keyPath` is the parent's path (see NodeBase). */
  constructor(
    context: FileContext,
    keyPath: KeyPath,
    node: Node | null,
    keyNode: Scalar | null,
    value: T,
    segment?: string | number,
  ) {
    initNode(this, context, keyPath, node, keyNode, segment);
    this.value = value;
    this.expressions = NO_EXPRESSIONS;
  }

  addExpression(expression: Expression): void {
    if (this.expressions === NO_EXPRESSIONS) this.expressions = [expression];
    else if (!this.expressions.includes(expression)) this.expressions.push(expression);
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
// biome-ignore lint/correctness/noUnusedVariables: a merged declaration repeats the class's type parameters
export interface ValNode<T = unknown> extends NodeBase {}
shareMembers(ValNode, NodeBase);

export class ConditionNode implements Condition {
  declare form: Condition['form'];

  constructor(
    context: FileContext,
    keyPath: KeyPath,
    node: Node | null,
    keyNode: Scalar | null,
    value: string,
    segment?: string | number,
  ) {
    initNode(this, context, keyPath, node, keyNode, segment);
    this.value = value;
    this.expressions = NO_EXPRESSIONS;
    this.form = 'bare';
  }
}
// The members of ValNode, for the type checker (shareMembers puts them on the prototype).
export interface ConditionNode extends ValNode<string> {}
shareMembers(ConditionNode, ValNode);

export class ScopeNode {
  declare level: PermissionLevel | undefined;

  constructor(
    context: FileContext,
    keyPath: KeyPath,
    node: Node | null,
    keyNode: Scalar | null,
    value: string,
    segment?: string | number,
  ) {
    initNode(this, context, keyPath, node, keyNode, segment);
    this.value = value;
    this.expressions = NO_EXPRESSIONS;
    this.level = undefined;
  }
}
// The members of ValNode, for the type checker (shareMembers puts them on the prototype).
export interface ScopeNode extends ValNode<string> {}
shareMembers(ScopeNode, ValNode);

export class UsesNode implements Uses {
  declare kind: Uses['kind'];
  declare owner: string | undefined;
  declare repo: string | undefined;
  declare subPath: string | undefined;
  declare slug: string | undefined;
  declare ref: string | undefined;
  declare refKind: RefKind;
  declare localPath: string | undefined;
  declare image: string | undefined;
  declare comment: string | undefined;
  declare commentVersion: string | undefined;
  declare dynamic: boolean;

  constructor(
    context: FileContext,
    keyPath: KeyPath,
    node: Node | null,
    keyNode: Scalar | null,
    value: string,
    segment?: string | number,
  ) {
    initNode(this, context, keyPath, node, keyNode, segment);
    this.value = value;
    this.expressions = NO_EXPRESSIONS;
    this.kind = 'invalid';
    this.owner = undefined;
    this.repo = undefined;
    this.subPath = undefined;
    this.slug = undefined;
    this.ref = undefined;
    this.refKind = 'none';
    this.localPath = undefined;
    this.image = undefined;
    this.comment = undefined;
    this.commentVersion = undefined;
    this.dynamic = false;
  }
}
// The members of ValNode, for the type checker (shareMembers puts them on the prototype).
export interface UsesNode extends ValNode<string> {}
shareMembers(UsesNode, ValNode);

export class MappingNode<V extends GhaNode = Val> implements Mapping<V> {
  declare entries: Map<string, V>;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.entries = new Map<string, V>();
  }

  get(name: string): V | undefined {
    return this.entries.get(name);
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
// biome-ignore lint/correctness/noUnusedVariables: a merged declaration repeats the class's type parameters
export interface MappingNode<V extends GhaNode = Val> extends NodeBase {}
shareMembers(MappingNode, NodeBase);

export class InputDefNode implements InputDef {
  declare id: string;
  declare description: Str | undefined;
  declare type: Str | undefined;
  declare required: Val | undefined;
  declare default: Val | undefined;
  declare options: Val[];
  declare deprecationMessage: Str | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.id = '';
    this.description = undefined;
    this.type = undefined;
    this.required = undefined;
    this.default = undefined;
    this.options = [];
    this.deprecationMessage = undefined;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface InputDefNode extends NodeBase {}
shareMembers(InputDefNode, NodeBase);

export class OutputDefNode implements OutputDef {
  declare id: string;
  declare description: Str | undefined;
  declare value: Val | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.id = '';
    this.description = undefined;
    this.value = undefined;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface OutputDefNode extends NodeBase {}
shareMembers(OutputDefNode, NodeBase);

export class SecretDefNode implements SecretDef {
  declare id: string;
  declare required: Val | undefined;
  declare description: Str | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.id = '';
    this.required = undefined;
    this.description = undefined;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface SecretDefNode extends NodeBase {}
shareMembers(SecretDefNode, NodeBase);

/** The filters of a trigger without any: shared, since most triggers have none. The builder replaces it to add one. */
const NO_FILTERS: ReadonlyMap<TriggerFilterName, Str[]> = new Map();

export class TriggerNode implements Trigger {
  declare event: string;
  declare types: Str[];
  declare filters: ReadonlyMap<TriggerFilterName, Str[]>;
  declare workflows: Str[];
  declare crons: Str[];
  declare inputs: Mapping<InputDef> | undefined;
  declare secrets: Mapping<SecretDef> | undefined;
  declare outputs: Mapping<OutputDef> | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.event = '';
    this.types = [];
    this.filters = NO_FILTERS;
    this.workflows = [];
    this.crons = [];
    this.inputs = undefined;
    this.secrets = undefined;
    this.outputs = undefined;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface TriggerNode extends NodeBase {}
shareMembers(TriggerNode, NodeBase);

export class TriggersNode implements Triggers {
  declare events: Map<string, Trigger>;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.events = new Map<string, Trigger>();
  }

  has(event: string): boolean {
    return this.events.has(event);
  }

  get(event: string): Trigger | undefined {
    return this.events.get(event);
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface TriggersNode extends NodeBase {}
shareMembers(TriggersNode, NodeBase);

export class PermissionsNode implements Permissions {
  declare kind: Permissions['kind'];
  declare scopes: Map<string, ScopeNode>;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.kind = 'invalid';
    this.scopes = new Map<string, ScopeNode>();
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface PermissionsNode extends NodeBase {}
shareMembers(PermissionsNode, NodeBase);

export class DefaultsNode implements Defaults {
  declare shell: Str | undefined;
  declare workingDirectory: Str | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.shell = undefined;
    this.workingDirectory = undefined;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface DefaultsNode extends NodeBase {}
shareMembers(DefaultsNode, NodeBase);

export class CredentialsNode implements Credentials {
  declare username: Val | undefined;
  declare password: Val | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.username = undefined;
    this.password = undefined;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface CredentialsNode extends NodeBase {}
shareMembers(CredentialsNode, NodeBase);

export class ContainerNode implements Container {
  declare id: string | undefined;
  declare image: Str | undefined;
  declare credentials: Credentials | undefined;
  declare env: Mapping | undefined;
  declare ports: Val[];
  declare volumes: Val[];
  declare options: Str | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.id = undefined;
    this.image = undefined;
    this.credentials = undefined;
    this.env = undefined;
    this.ports = [];
    this.volumes = [];
    this.options = undefined;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface ContainerNode extends NodeBase {}
shareMembers(ContainerNode, NodeBase);

export class EnvironmentNode implements Environment {
  declare name: Str | undefined;
  declare url: Str | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.name = undefined;
    this.url = undefined;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface EnvironmentNode extends NodeBase {}
shareMembers(EnvironmentNode, NodeBase);

export class StrategyNode implements Strategy {
  declare matrix: GhaNode | undefined;
  declare failFast: Val | undefined;
  declare maxParallel: Val | undefined;
  /** Reads the matrix as data; set by the builder, called on first use of matrixData. */
  declare readMatrix: (() => Matrix) | undefined;
  declare cachedMatrix: Matrix | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.matrix = undefined;
    this.failFast = undefined;
    this.maxParallel = undefined;
    this.readMatrix = undefined;
    this.cachedMatrix = undefined;
  }

  get matrixData(): Matrix | undefined {
    if (this.cachedMatrix === undefined && this.readMatrix) this.cachedMatrix = this.readMatrix();
    return this.cachedMatrix;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface StrategyNode extends NodeBase {}
shareMembers(StrategyNode, NodeBase);

export class StepNode implements Step {
  declare index: number;
  declare id: Str | undefined;
  declare name: Str | undefined;
  declare uses: Uses | undefined;
  declare run: Str | undefined;
  declare shell: Str | undefined;
  declare with: Mapping | undefined;
  declare env: Mapping | undefined;
  declare if: Condition | undefined;
  declare workingDirectory: Str | undefined;
  declare continueOnError: Val | undefined;
  declare timeoutMinutes: Val | undefined;
  declare job: Job | undefined;
  declare action: Action | undefined;
  declare workflow: Workflow | undefined;
  declare expressions: Expression[];
  declare private cachedKeys: Map<string, GhaNode> | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.index = 0;
    this.id = undefined;
    this.name = undefined;
    this.uses = undefined;
    this.run = undefined;
    this.shell = undefined;
    this.with = undefined;
    this.env = undefined;
    this.if = undefined;
    this.workingDirectory = undefined;
    this.continueOnError = undefined;
    this.timeoutMinutes = undefined;
    this.job = undefined;
    this.action = undefined;
    this.workflow = undefined;
    this.expressions = [];
    this.cachedKeys = undefined;
  }

  get keys(): ReadonlyMap<string, GhaNode> {
    return (this.cachedKeys ??= keysOf(this));
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface StepNode extends NodeBase {}
shareMembers(StepNode, NodeBase);

export class JobNode implements Job {
  declare id: string;
  declare name: Str | undefined;
  declare runsOn: Val | undefined;
  declare needs: Str[];
  declare if: Condition | undefined;
  declare permissions: Permissions | undefined;
  declare environment: Environment | undefined;
  declare concurrency: Val | undefined;
  declare timeoutMinutes: Val | undefined;
  declare continueOnError: Val | undefined;
  declare container: Container | undefined;
  declare services: Container[];
  declare strategy: Strategy | undefined;
  declare outputs: Mapping | undefined;
  declare env: Mapping | undefined;
  declare defaults: Defaults | undefined;
  declare steps: Step[];
  declare uses: Uses | undefined;
  declare with: Mapping | undefined;
  declare secrets: Val | Mapping | undefined;
  declare workflow: Workflow;
  declare expressions: Expression[];
  declare private cachedKeys: Map<string, GhaNode> | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.id = '';
    this.name = undefined;
    this.runsOn = undefined;
    this.needs = [];
    this.if = undefined;
    this.permissions = undefined;
    this.environment = undefined;
    this.concurrency = undefined;
    this.timeoutMinutes = undefined;
    this.continueOnError = undefined;
    this.container = undefined;
    this.services = [];
    this.strategy = undefined;
    this.outputs = undefined;
    this.env = undefined;
    this.defaults = undefined;
    this.steps = [];
    this.uses = undefined;
    this.with = undefined;
    this.secrets = undefined;
    this.expressions = [];
    this.cachedKeys = undefined;
  }

  get keys(): ReadonlyMap<string, GhaNode> {
    return (this.cachedKeys ??= keysOf(this));
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface JobNode extends NodeBase {}
shareMembers(JobNode, NodeBase);

export class WorkflowNode implements Workflow {
  declare readonly kind: 'workflow';
  declare file: SourceFile;
  declare name: Str | undefined;
  declare runName: Str | undefined;
  declare on: Triggers | undefined;
  declare permissions: Permissions | undefined;
  declare env: Mapping | undefined;
  declare defaults: Defaults | undefined;
  declare concurrency: Val | undefined;
  declare jobs: Job[];
  declare jobsNode: GhaNode | undefined;
  declare expressions: Expression[];
  declare allExpressions: Expression[];
  declare private cachedShape: readonly ShapeProblem[] | undefined;
  declare private cachedKeys: Map<string, GhaNode> | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.kind = 'workflow';
    this.name = undefined;
    this.runName = undefined;
    this.on = undefined;
    this.permissions = undefined;
    this.env = undefined;
    this.defaults = undefined;
    this.concurrency = undefined;
    this.jobs = [];
    this.jobsNode = undefined;
    this.expressions = [];
    this.allExpressions = [];
    this.cachedShape = undefined;
    this.cachedKeys = undefined;
  }

  get keys(): ReadonlyMap<string, GhaNode> {
    return (this.cachedKeys ??= keysOf(this));
  }

  /** Structure problems against the declared shape (shape.ts), checked on first use only. */
  get shapeProblems(): readonly ShapeProblem[] {
    if (!this.cachedShape) {
      const checker = new ShapeChecker(this.context);
      checker.check(this);
      this.cachedShape = checker.problems;
    }
    return this.cachedShape;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface WorkflowNode extends NodeBase {}
shareMembers(WorkflowNode, NodeBase);

export class ActionNode implements Action {
  declare readonly kind: 'action';
  declare file: SourceFile;
  declare name: Str | undefined;
  declare description: Str | undefined;
  declare inputs: Mapping<InputDef> | undefined;
  declare outputs: Mapping<OutputDef> | undefined;
  declare runs: GhaNode | undefined;
  declare using: Str | undefined;
  declare usingKind: Action['usingKind'];
  declare main: Str | undefined;
  declare pre: Str | undefined;
  declare post: Str | undefined;
  declare image: Str | undefined;
  declare steps: Step[];
  declare expressions: Expression[];
  declare allExpressions: Expression[];
  declare private cachedShape: readonly ShapeProblem[] | undefined;
  declare private cachedKeys: Map<string, GhaNode> | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    initNode(this, context, keyPath, node, keyNode, undefined);
    this.kind = 'action';
    this.name = undefined;
    this.description = undefined;
    this.inputs = undefined;
    this.outputs = undefined;
    this.runs = undefined;
    this.using = undefined;
    this.usingKind = 'unknown';
    this.main = undefined;
    this.pre = undefined;
    this.post = undefined;
    this.image = undefined;
    this.steps = [];
    this.expressions = [];
    this.allExpressions = [];
    this.cachedShape = undefined;
    this.cachedKeys = undefined;
  }

  get keys(): ReadonlyMap<string, GhaNode> {
    return (this.cachedKeys ??= keysOf(this));
  }

  /** Structure problems against the declared shape (shape.ts), checked on first use only. */
  get shapeProblems(): readonly ShapeProblem[] {
    if (!this.cachedShape) {
      const checker = new ShapeChecker(this.context);
      checker.check(this);
      this.cachedShape = checker.problems;
    }
    return this.cachedShape;
  }
}
// The members of NodeBase, for the type checker (shareMembers puts them on the prototype).
export interface ActionNode extends NodeBase {}
shareMembers(ActionNode, NodeBase);
