import type { Node, Scalar } from 'yaml';
import type { Locatable, Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import { pathString, type KeyPath } from '../yaml/document.js';
import { nodeSpan, type FileContext } from './context.js';
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
 * The model's nodes as classes: every node of a kind has the same fields, set by the builder right after
 * construction, and what rules rarely read (paths, spans, keys as written) is worked out on first use. Fields are
 * `declare`d and assigned in the constructors: class field initializers define properties, and a base class's
 * initializer shared by a dozen node kinds makes those definitions megamorphic (slow).
 */

export class NodeBase implements GhaNode {
  declare readonly context: FileContext;
  /** Aliases already resolved. */
  declare readonly node: Node | null;
  declare readonly keyNode: Scalar | null;
  /** The key path, or the parent's when `segment` is set: most values never need their own copy. */
  declare private readonly basePath: KeyPath;
  declare private readonly segment: string | number | undefined;
  declare private cachedKeyPath: KeyPath | undefined;
  declare private cachedPath: string | undefined;
  declare private cachedSpan: Span | undefined;
  declare private cachedKeySpan: Span | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null, segment?: string | number) {
    this.context = context;
    this.node = node;
    this.keyNode = keyNode;
    this.basePath = keyPath;
    this.segment = segment;
    this.cachedKeyPath = undefined;
    this.cachedPath = undefined;
    this.cachedSpan = undefined;
    this.cachedKeySpan = undefined;
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
    return (this.cachedSpan ??= nodeSpan(this.context.file, this.node) ?? nodeSpan(this.context.file, this.keyNode) ?? this.context.file.lineSpan(1));
  }

  get keySpan(): Span {
    return (this.cachedKeySpan ??= nodeSpan(this.context.file, this.keyNode) ?? this.span);
  }

  at(subPath?: KeyPath, options?: { key?: boolean }): Locatable {
    return this.context.at(this, subPath, options);
  }
}

/** Every key of a mapping as written, for structure checks. */
function keysOf(owner: NodeBase): Map<string, GhaNode> {
  const out = new Map<string, GhaNode>();
  for (const entry of owner.context.entries(owner.node)) out.set(entry.name, new NodeBase(owner.context, [...owner.keyPath, entry.name], entry.value, entry.key));
  return out;
}

/** The expressions of a value without any: shared, since most values hold none. */
const NO_EXPRESSIONS: Expression[] = Object.freeze([]) as unknown as Expression[];

export class ValNode<T = unknown> extends NodeBase implements Val<T> {
  declare readonly value: T;
  declare expressions: Expression[];

  /** With `segment`, `keyPath` is the parent's path (see NodeBase). */
  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null, value: T, segment?: string | number) {
    super(context, keyPath, node, keyNode, segment);
    this.value = value;
    this.expressions = NO_EXPRESSIONS;
  }

  addExpression(expression: Expression): void {
    if (this.expressions === NO_EXPRESSIONS) this.expressions = [expression];
    else if (!this.expressions.includes(expression)) this.expressions.push(expression);
  }
}

export class ConditionNode extends ValNode<string> implements Condition {
  declare form: Condition['form'];

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null, value: string, segment?: string | number) {
    super(context, keyPath, node, keyNode, value, segment);
    this.form = 'bare';
  }
}

export class ScopeNode extends ValNode<string> {
  declare level: PermissionLevel | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null, value: string, segment?: string | number) {
    super(context, keyPath, node, keyNode, value, segment);
    this.level = undefined;
  }
}

export class UsesNode extends ValNode<string> implements Uses {
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

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null, value: string, segment?: string | number) {
    super(context, keyPath, node, keyNode, value, segment);
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

export class MappingNode<V extends GhaNode = Val> extends NodeBase implements Mapping<V> {
  declare entries: Map<string, V>;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.entries = new Map<string, V>();
  }

  get(name: string): V | undefined {
    return this.entries.get(name);
  }
}

export class InputDefNode extends NodeBase implements InputDef {
  declare id: string;
  declare description: Str | undefined;
  declare type: Str | undefined;
  declare required: Val | undefined;
  declare default: Val | undefined;
  declare options: Val[];
  declare deprecationMessage: Str | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.id = '';
    this.description = undefined;
    this.type = undefined;
    this.required = undefined;
    this.default = undefined;
    this.options = [];
    this.deprecationMessage = undefined;
  }
}

export class OutputDefNode extends NodeBase implements OutputDef {
  declare id: string;
  declare description: Str | undefined;
  declare value: Val | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.id = '';
    this.description = undefined;
    this.value = undefined;
  }
}

export class SecretDefNode extends NodeBase implements SecretDef {
  declare id: string;
  declare required: Val | undefined;
  declare description: Str | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.id = '';
    this.required = undefined;
    this.description = undefined;
  }
}

/** The filters of a trigger without any: shared, since most triggers have none. The builder replaces it to add one. */
const NO_FILTERS: ReadonlyMap<TriggerFilterName, Str[]> = new Map();

export class TriggerNode extends NodeBase implements Trigger {
  declare event: string;
  declare types: Str[];
  declare filters: ReadonlyMap<TriggerFilterName, Str[]>;
  declare workflows: Str[];
  declare crons: Str[];
  declare inputs: Mapping<InputDef> | undefined;
  declare secrets: Mapping<SecretDef> | undefined;
  declare outputs: Mapping<OutputDef> | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
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

export class TriggersNode extends NodeBase implements Triggers {
  declare events: Map<string, Trigger>;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.events = new Map<string, Trigger>();
  }

  has(event: string): boolean {
    return this.events.has(event);
  }

  get(event: string): Trigger | undefined {
    return this.events.get(event);
  }
}

export class PermissionsNode extends NodeBase implements Permissions {
  declare kind: Permissions['kind'];
  declare scopes: Map<string, ScopeNode>;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.kind = 'invalid';
    this.scopes = new Map<string, ScopeNode>();
  }
}

export class DefaultsNode extends NodeBase implements Defaults {
  declare shell: Str | undefined;
  declare workingDirectory: Str | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.shell = undefined;
    this.workingDirectory = undefined;
  }
}

export class CredentialsNode extends NodeBase implements Credentials {
  declare username: Val | undefined;
  declare password: Val | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.username = undefined;
    this.password = undefined;
  }
}

export class ContainerNode extends NodeBase implements Container {
  declare id: string | undefined;
  declare image: Str | undefined;
  declare credentials: Credentials | undefined;
  declare env: Mapping | undefined;
  declare ports: Val[];
  declare volumes: Val[];
  declare options: Str | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.id = undefined;
    this.image = undefined;
    this.credentials = undefined;
    this.env = undefined;
    this.ports = [];
    this.volumes = [];
    this.options = undefined;
  }
}

export class EnvironmentNode extends NodeBase implements Environment {
  declare name: Str | undefined;
  declare url: Str | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.name = undefined;
    this.url = undefined;
  }
}

export class StrategyNode extends NodeBase implements Strategy {
  declare matrix: GhaNode | undefined;
  declare failFast: Val | undefined;
  declare maxParallel: Val | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
    this.matrix = undefined;
    this.failFast = undefined;
    this.maxParallel = undefined;
  }
}

export class StepNode extends NodeBase implements Step {
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
    super(context, keyPath, node, keyNode);
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

export class JobNode extends NodeBase implements Job {
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
    super(context, keyPath, node, keyNode);
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

export class WorkflowNode extends NodeBase implements Workflow {
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
  declare private cachedKeys: Map<string, GhaNode> | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
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
    this.cachedKeys = undefined;
  }

  get keys(): ReadonlyMap<string, GhaNode> {
    return (this.cachedKeys ??= keysOf(this));
  }
}

export class ActionNode extends NodeBase implements Action {
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
  declare private cachedKeys: Map<string, GhaNode> | undefined;

  constructor(context: FileContext, keyPath: KeyPath, node: Node | null, keyNode: Scalar | null) {
    super(context, keyPath, node, keyNode);
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
    this.cachedKeys = undefined;
  }

  get keys(): ReadonlyMap<string, GhaNode> {
    return (this.cachedKeys ??= keysOf(this));
  }
}
