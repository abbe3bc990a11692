import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Comment, ParseResult, SyntaxProblem } from '../../core/domain.js';
import type { SourceFile } from '../../core/source.js';
import { parseYaml, type KeyPath, type YamlFile } from '../yaml/document.js';
import { FileContext, keyName, nodeSpan, type Entry } from './context.js';
import { readMatrix } from './matrix.js';
import { ExpressionImpl } from './expression.js';
import { scanEmbedded } from './expressions/index.js';
import { offsetsOf, rangeHolds } from './offsets.js';
import type {
  Action,
  Condition,
  Container,
  Expression,
  GhaModel,
  GhaNode,
  InputDef,
  Job,
  Mapping,
  OutputDef,
  RefKind,
  Step,
  Str,
  TriggerFilterName,
  Val,
  Workflow,
} from './model.js';
import {
  ActionNode,
  ConditionNode,
  ContainerNode,
  CredentialsNode,
  DefaultsNode,
  EnvironmentNode,
  InputDefNode,
  JobNode,
  MappingNode,
  NodeBase,
  OutputDefNode,
  PermissionsNode,
  ScopeNode,
  SecretDefNode,
  StepNode,
  StrategyNode,
  TriggerNode,
  TriggersNode,
  UsesNode,
  ValNode,
  WorkflowNode,
} from './nodes.js';

const NODE_USING = /^node\d+$/i;
const SHA = /^[0-9a-f]{40}$/i;
const SHORT_SHA = /^[0-9a-f]{7,39}$/i;
const VERSION_TAG = /^v?\d+(?:\.\d+)*(?:[-+][\w.-]+)?$/i;
const COMMENT_VERSION = /(?:^|[\s=@:])(v?\d+(?:\.\d+){0,3}(?:-[\w.]+)?)(?=$|[\s,;)])/i;
const REPOSITORY_USES = /^([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?@(.*)$/;
const BARE_REPOSITORY = /^([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?$/;
const ENTRY_PLACES = new Set(['with', 'env', 'outputs', 'secrets', 'inputs', 'services', 'args']);
const FILTER_NAMES = ['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore'] as const;

export function refKindOf(ref: string | undefined): RefKind {
  if (ref === undefined || ref === '') return 'none';
  if (SHA.test(ref)) return 'sha';
  if (VERSION_TAG.test(ref)) return 'tag';
  if (SHORT_SHA.test(ref) && /\d/.test(ref)) return 'short-sha';
  return 'branch';
}

/** A mapping entry as the builder reads it: a YAML pair, or an Entry (value already resolved). */
interface Field {
  key: unknown;
  value: unknown;
}

/** The JS value of a Val: a scalar's value, null for an empty value, undefined for a collection. */
function valueOf(node: Node | null): unknown {
  return isScalar(node) ? node.value : node === null ? null : undefined;
}

/** The string of a Str: a scalar's value as a string, '' for an empty value or a collection. */
function stringOf(node: Node | null): string {
  return isScalar(node) ? (node.value === null ? '' : String(node.value)) : '';
}

/**
 * Offsets where an expression may start, for collectExpressions to skip collections without one: `${{`, `if`
 * (a bare condition's key), a backslash (an escape or line continuation may spell either) and `*` (an alias leads
 * elsewhere in the file).
 */
function siteMarkers(text: string): number[] {
  const found = offsetsOf(text, '${{', []);
  offsetsOf(text, 'if', found);
  offsetsOf(text, '\\', found);
  offsetsOf(text, '*', found);
  return found.sort((a, b) => a - b);
}

/** The state of one expression pass over a document. */
interface ExpressionPass {
  /** The key path of the node being visited. */
  stack: KeyPath;
  markers: number[];
  model: GhaModel;
  jobs: Map<string, Job> | undefined;
}

class Builder {
  readonly context: FileContext;
  readonly expressions: ExpressionImpl[] = [];

  constructor(
    readonly file: SourceFile,
    readonly document: Document.Parsed,
    yaml: YamlFile,
  ) {
    this.context = new FileContext(file, document, yaml);
  }

  base(keyPath: KeyPath, node: unknown, key: Scalar | null): NodeBase {
    return new NodeBase(this.context, keyPath, this.context.resolve(node), key);
  }

  /** A Val at `keyPath`, or at `keyPath` + `segment` (the path is then copied only when something asks for it). */
  val<T = unknown>(keyPath: KeyPath, node: Node | null, key: Scalar | null, segment?: string | number): ValNode<T> {
    const resolved = this.context.resolve(node);
    return this.remember(new ValNode<T>(this.context, keyPath, resolved, key, valueOf(resolved) as T, segment));
  }

  /** A Str at `keyPath`, or at `keyPath` + `segment` (see val). */
  str(keyPath: KeyPath, node: Node | null, key: Scalar | null, segment?: string | number): ValNode<string> {
    const resolved = this.context.resolve(node);
    return this.remember(new ValNode<string>(this.context, keyPath, resolved, key, stringOf(resolved), segment));
  }

  /** Values that may hold expressions are indexed by YAML node, for collectExpressions to attach them. */
  remember<V extends ValNode<unknown>>(val: V): V {
    const node = val.node;
    if (!isScalar(node) || typeof node.value !== 'string' || (!node.value.includes('${{') && val.lastSegment !== 'if'))
      return val;
    const list = this.context.valsByNode.get(node);
    if (list) list.push(val);
    else this.context.valsByNode.set(node, [val]);
    return val;
  }

  /** The named child of a mapping as a Str, when the key is present. */
  fieldStr(keyPath: KeyPath, node: Node | null, name: string): Str | undefined {
    const entry = this.context.field(node, name);
    return entry && this.str(keyPath, entry.value, entry.key, name);
  }

  /** The named child of a mapping as a Val, when the key is present. */
  fieldVal(keyPath: KeyPath, node: Node | null, name: string): Val | undefined {
    const entry = this.context.field(node, name);
    return entry && this.val(keyPath, entry.value, entry.key, name);
  }

  list(keyPath: KeyPath, node: Node | null): Str[] {
    if (isSeq(node)) return node.items.map((item, index) => this.str(keyPath, item as Node, null, index));
    if (isScalar(node) && node.value !== null) return [this.str(keyPath, node, null)];
    return [];
  }

  mapping<V extends GhaNode = Val>(
    keyPath: KeyPath,
    entry: Field | undefined,
    item?: (keyPath: KeyPath, entry: Entry) => V,
  ): Mapping<V> | undefined {
    if (!entry) return undefined;
    const mapping = new MappingNode<V>(this.context, keyPath, this.context.resolve(entry.value), entry.key as Scalar);
    if (item) {
      for (const child of this.context.entries(mapping.node))
        mapping.entries.set(child.name, item([...keyPath, child.name], child));
    } else if (isMap(mapping.node)) {
      // Plain values (env, with, outputs): straight from the pairs, without an Entry each.
      for (const pair of mapping.node.items) {
        const name = keyName(pair.key);
        if (name !== undefined)
          mapping.entries.set(name, this.val(keyPath, pair.value as Node, pair.key as Scalar, name) as unknown as V);
      }
    }
    return mapping;
  }

  /** The `if:` at `parentPath` + `if`. */
  condition(parentPath: KeyPath, entry: Field | undefined): Condition | undefined {
    if (!entry) return undefined;
    const resolved = this.context.resolve(entry.value);
    const condition = this.remember(
      new ConditionNode(this.context, parentPath, resolved, entry.key as Scalar, stringOf(resolved), 'if'),
    );
    const value = condition.value;
    if (value.includes('${{')) {
      const found = scanEmbedded(value);
      condition.form =
        found.length === 1 && found[0]!.start === 0 && found[0]!.end === value.length && found[0]!.closed
          ? 'wrapped'
          : 'template';
    }
    return condition;
  }

  permissions(keyPath: KeyPath, entry: Field | undefined): PermissionsNode | undefined {
    if (!entry) return undefined;
    const permissions = new PermissionsNode(
      this.context,
      keyPath,
      this.context.resolve(entry.value),
      entry.key as Scalar,
    );
    const node = permissions.node;
    if (isScalar(node) && (node.value === 'read-all' || node.value === 'write-all')) permissions.kind = node.value;
    else if (isMap(node)) {
      permissions.kind = 'map';
      for (const child of this.context.entries(node)) {
        const scope = this.remember(
          new ScopeNode(this.context, keyPath, child.value, child.key, stringOf(child.value), child.name),
        );
        const value = scope.value;
        scope.level = value === 'read' || value === 'write' || value === 'none' ? value : undefined;
        permissions.scopes.set(child.name, scope);
      }
    }
    return permissions;
  }

  defaults(keyPath: KeyPath, entry: Field | undefined): DefaultsNode | undefined {
    if (!entry) return undefined;
    const defaults = new DefaultsNode(this.context, keyPath, this.context.resolve(entry.value), entry.key as Scalar);
    const run = this.context.field(defaults.node, 'run')?.value ?? null;
    const runPath = [...keyPath, 'run'];
    defaults.shell = this.fieldStr(runPath, run, 'shell');
    defaults.workingDirectory = this.fieldStr(runPath, run, 'working-directory');
    return defaults;
  }

  container(keyPath: KeyPath, entry: Field, id: string | undefined): Container {
    const container = new ContainerNode(this.context, keyPath, this.context.resolve(entry.value), entry.key as Scalar);
    container.id = id;
    const node = container.node;
    if (isScalar(node)) {
      container.image = this.str(keyPath, node, entry.key as Scalar);
      return container;
    }
    const credentialsEntry = this.context.field(node, 'credentials');
    if (credentialsEntry) {
      const credentialsPath = [...keyPath, 'credentials'];
      const credentials = new CredentialsNode(
        this.context,
        credentialsPath,
        credentialsEntry.value,
        credentialsEntry.key,
      );
      credentials.username = this.fieldVal(credentialsPath, credentialsEntry.value, 'username');
      credentials.password = this.fieldVal(credentialsPath, credentialsEntry.value, 'password');
      container.credentials = credentials;
    }
    container.image = this.fieldStr(keyPath, node, 'image');
    container.env = this.mapping([...keyPath, 'env'], this.context.field(node, 'env'));
    container.ports = this.seqVals(keyPath, node, 'ports');
    container.volumes = this.seqVals(keyPath, node, 'volumes');
    container.options = this.fieldStr(keyPath, node, 'options');
    return container;
  }

  /** The items of a list entry as Vals; none when the entry is missing or not a list. */
  seqVals(keyPath: KeyPath, node: Node | null, name: string): Val[] {
    const value = this.context.field(node, name)?.value ?? null;
    return isSeq(value)
      ? value.items.map((item, index) => this.val([...keyPath, name, index], item as Node, null))
      : [];
  }

  /** The `uses:` at `parentPath` + `uses`. */
  uses(parentPath: KeyPath, entry: Field | undefined): UsesNode | undefined {
    if (!entry) return undefined;
    const resolved = this.context.resolve(entry.value);
    const uses = this.remember(
      new UsesNode(this.context, parentPath, resolved, entry.key as Scalar, stringOf(resolved), 'uses'),
    );
    const raw = uses.value.trim();
    uses.dynamic = raw.includes('${{');
    if (raw.startsWith('docker://')) {
      uses.kind = 'docker';
      uses.image = raw.slice('docker://'.length);
    } else if (raw.startsWith('./') || raw.startsWith('../') || raw === '.') {
      uses.kind = 'local';
      uses.localPath = raw;
    } else {
      const match = REPOSITORY_USES.exec(raw);
      if (match) {
        uses.kind = 'repository';
        uses.owner = match[1]!;
        uses.repo = match[2]!;
        uses.subPath = match[3] ? match[3].slice(1) : undefined;
        uses.slug = `${match[1]!}/${match[2]!}`.toLowerCase();
        uses.ref = match[4]!;
        uses.refKind = refKindOf(match[4]);
      } else {
        const bare = BARE_REPOSITORY.exec(raw);
        if (bare) {
          uses.owner = bare[1]!;
          uses.repo = bare[2]!;
          uses.subPath = bare[3] ? bare[3].slice(1) : undefined;
          uses.slug = `${bare[1]!}/${bare[2]!}`.toLowerCase();
        }
      }
    }
    const range = resolved?.range;
    if (range) {
      const comment = this.context.trailingCommentAt(resolved!, range);
      if (comment !== undefined) {
        uses.comment = comment;
        uses.commentVersion = COMMENT_VERSION.exec(comment)?.[1];
      }
    }
    return uses;
  }

  step(
    keyPath: KeyPath,
    index: number,
    item: unknown,
    job: Job | undefined,
    action: Action | undefined,
    workflow: Workflow | undefined,
  ): Step {
    const step = new StepNode(this.context, keyPath, this.context.resolve(item), null);
    const node = step.node;
    // One pass over the step's keys (the last of equal names wins, as a lookup by name would find).
    let id: Pair | undefined,
      name: Pair | undefined,
      uses: Pair | undefined,
      run: Pair | undefined,
      shell: Pair | undefined;
    let withField: Pair | undefined,
      env: Pair | undefined,
      condition: Pair | undefined,
      workingDirectory: Pair | undefined;
    let continueOnError: Pair | undefined, timeoutMinutes: Pair | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        switch (keyName(pair.key)) {
          case 'id':
            id = pair;
            break;
          case 'name':
            name = pair;
            break;
          case 'uses':
            uses = pair;
            break;
          case 'run':
            run = pair;
            break;
          case 'shell':
            shell = pair;
            break;
          case 'with':
            withField = pair;
            break;
          case 'env':
            env = pair;
            break;
          case 'if':
            condition = pair;
            break;
          case 'working-directory':
            workingDirectory = pair;
            break;
          case 'continue-on-error':
            continueOnError = pair;
            break;
          case 'timeout-minutes':
            timeoutMinutes = pair;
            break;
          default:
            break;
        }
      }
    }
    step.index = index;
    step.id = id && this.str(keyPath, id.value as Node, id.key as Scalar, 'id');
    step.name = name && this.str(keyPath, name.value as Node, name.key as Scalar, 'name');
    step.uses = this.uses(keyPath, uses);
    step.run = run && this.str(keyPath, run.value as Node, run.key as Scalar, 'run');
    step.shell = shell && this.str(keyPath, shell.value as Node, shell.key as Scalar, 'shell');
    step.with = this.mapping([...keyPath, 'with'], withField);
    step.env = this.mapping([...keyPath, 'env'], env);
    step.if = this.condition(keyPath, condition);
    step.workingDirectory =
      workingDirectory &&
      this.str(keyPath, workingDirectory.value as Node, workingDirectory.key as Scalar, 'working-directory');
    step.continueOnError =
      continueOnError &&
      this.val(keyPath, continueOnError.value as Node, continueOnError.key as Scalar, 'continue-on-error');
    step.timeoutMinutes =
      timeoutMinutes &&
      this.val(keyPath, timeoutMinutes.value as Node, timeoutMinutes.key as Scalar, 'timeout-minutes');
    step.job = job;
    step.action = action;
    step.workflow = workflow;
    return step;
  }

  steps(
    keyPath: KeyPath,
    entry: Field | undefined,
    into: Step[],
    job: Job | undefined,
    action: Action | undefined,
    workflow: Workflow | undefined,
  ): void {
    const node = this.context.resolve(entry?.value);
    if (!isSeq(node)) return;
    const items = node.items;
    for (let index = 0; index < items.length; index++)
      into.push(this.step([...keyPath, index], index, items[index], job, action, workflow));
  }

  inputs(keyPath: KeyPath, entry: Entry | undefined): Mapping<InputDef> | undefined {
    return this.mapping<InputDefNode>(keyPath, entry, (path, child) => {
      const input = new InputDefNode(this.context, path, child.value, child.key);
      const node = child.value;
      input.id = child.name;
      input.description = this.fieldStr(path, node, 'description');
      input.type = this.fieldStr(path, node, 'type');
      input.required = this.fieldVal(path, node, 'required');
      input.default = this.fieldVal(path, node, 'default');
      input.options = this.seqVals(path, node, 'options');
      input.deprecationMessage = this.fieldStr(path, node, 'deprecationMessage');
      return input;
    });
  }

  outputs(keyPath: KeyPath, entry: Entry | undefined): Mapping<OutputDef> | undefined {
    return this.mapping<OutputDefNode>(keyPath, entry, (path, child) => {
      const output = new OutputDefNode(this.context, path, child.value, child.key);
      output.id = child.name;
      output.description = this.fieldStr(path, child.value, 'description');
      output.value = this.fieldVal(path, child.value, 'value');
      return output;
    });
  }

  trigger(keyPath: KeyPath, event: string, node: unknown, key: Scalar | null): TriggerNode {
    const trigger = new TriggerNode(this.context, keyPath, this.context.resolve(node), key);
    const fields = trigger.node;
    trigger.event = event;
    let filters: Map<TriggerFilterName, Str[]> | undefined;
    for (const name of FILTER_NAMES) {
      const entry = this.context.field(fields, name);
      if (entry) (filters ??= new Map()).set(name, this.list([...keyPath, name], entry.value));
    }
    if (filters) trigger.filters = filters;
    if (event === 'schedule' && isSeq(fields)) {
      fields.items.forEach((item, index) => {
        const cron = this.context.field(this.context.resolve(item), 'cron');
        if (cron) trigger.crons.push(this.str([...keyPath, index, 'cron'], cron.value, cron.key));
      });
    }
    trigger.secrets = this.mapping<SecretDefNode>(
      [...keyPath, 'secrets'],
      this.context.field(fields, 'secrets'),
      (path, child) => {
        const secret = new SecretDefNode(this.context, path, child.value, child.key);
        secret.id = child.name;
        secret.required = this.fieldVal(path, child.value, 'required');
        secret.description = this.fieldStr(path, child.value, 'description');
        return secret;
      },
    );
    const types = this.context.field(fields, 'types');
    if (types) trigger.types = this.list([...keyPath, 'types'], types.value);
    const workflows = this.context.field(fields, 'workflows');
    if (workflows) trigger.workflows = this.list([...keyPath, 'workflows'], workflows.value);
    trigger.inputs = this.inputs([...keyPath, 'inputs'], this.context.field(fields, 'inputs'));
    trigger.outputs = this.outputs([...keyPath, 'outputs'], this.context.field(fields, 'outputs'));
    return trigger;
  }

  triggers(entry: Entry | undefined): TriggersNode | undefined {
    if (!entry) return undefined;
    const triggers = new TriggersNode(this.context, ['on'], this.context.resolve(entry.value), entry.key);
    const { events } = triggers;
    const node = triggers.node;
    if (isScalar(node) && typeof node.value === 'string') {
      events.set(node.value, this.trigger(['on'], node.value, node, entry.key));
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const resolved = this.context.resolve(item);
        if (isScalar(resolved) && typeof resolved.value === 'string')
          events.set(resolved.value, this.trigger(['on', index], resolved.value, resolved, null));
      });
    } else {
      for (const child of this.context.entries(node))
        events.set(child.name, this.trigger(['on', child.name], child.name, child.value, child.key));
    }
    return triggers;
  }

  job(id: string, entry: Entry, workflow: Workflow): Job {
    const keyPath = ['jobs', id];
    const job = new JobNode(this.context, keyPath, this.context.resolve(entry.value), entry.key);
    const node = job.node;
    // One pass over the job's keys (the last of equal names wins, as a lookup by name would find).
    let environmentField: Pair | undefined,
      strategyField: Pair | undefined,
      needs: Pair | undefined,
      services: Pair | undefined;
    let secrets: Pair | undefined,
      container: Pair | undefined,
      name: Pair | undefined,
      runsOn: Pair | undefined,
      condition: Pair | undefined;
    let permissions: Pair | undefined,
      concurrency: Pair | undefined,
      timeoutMinutes: Pair | undefined,
      continueOnError: Pair | undefined;
    let outputs: Pair | undefined,
      env: Pair | undefined,
      defaults: Pair | undefined,
      uses: Pair | undefined,
      withField: Pair | undefined;
    let steps: Pair | undefined;
    if (isMap(node)) {
      for (const pair of node.items) {
        switch (keyName(pair.key)) {
          case 'environment':
            environmentField = pair;
            break;
          case 'strategy':
            strategyField = pair;
            break;
          case 'needs':
            needs = pair;
            break;
          case 'services':
            services = pair;
            break;
          case 'secrets':
            secrets = pair;
            break;
          case 'container':
            container = pair;
            break;
          case 'name':
            name = pair;
            break;
          case 'runs-on':
            runsOn = pair;
            break;
          case 'if':
            condition = pair;
            break;
          case 'permissions':
            permissions = pair;
            break;
          case 'concurrency':
            concurrency = pair;
            break;
          case 'timeout-minutes':
            timeoutMinutes = pair;
            break;
          case 'continue-on-error':
            continueOnError = pair;
            break;
          case 'outputs':
            outputs = pair;
            break;
          case 'env':
            env = pair;
            break;
          case 'defaults':
            defaults = pair;
            break;
          case 'uses':
            uses = pair;
            break;
          case 'with':
            withField = pair;
            break;
          case 'steps':
            steps = pair;
            break;
          default:
            break;
        }
      }
    }
    job.id = id;
    if (environmentField) {
      const path = [...keyPath, 'environment'];
      const environment = new EnvironmentNode(
        this.context,
        path,
        this.context.resolve(environmentField.value),
        environmentField.key as Scalar,
      );
      const envNode = environment.node;
      environment.name = isMap(envNode)
        ? this.fieldStr(path, envNode, 'name')
        : this.str(path, envNode, environmentField.key as Scalar);
      environment.url = this.fieldStr(path, envNode, 'url');
      job.environment = environment;
    }
    if (strategyField) {
      const path = [...keyPath, 'strategy'];
      const strategyNode = this.context.resolve(strategyField.value);
      const matrix = this.context.field(strategyNode, 'matrix');
      const strategy = new StrategyNode(this.context, path, strategyNode, strategyField.key as Scalar);
      strategy.matrix = matrix ? this.base([...path, 'matrix'], matrix.value, matrix.key) : undefined;
      if (matrix) {
        const context = this.context;
        strategy.readMatrix = () => readMatrix(context, [...path, 'matrix'], matrix.value);
      }
      strategy.failFast = this.fieldVal(path, strategyNode, 'fail-fast');
      strategy.maxParallel = this.fieldVal(path, strategyNode, 'max-parallel');
      job.strategy = strategy;
    }
    job.name = name && this.str(keyPath, name.value as Node, name.key as Scalar, 'name');
    job.runsOn = runsOn && this.val(keyPath, runsOn.value as Node, runsOn.key as Scalar, 'runs-on');
    if (needs) job.needs = this.list([...keyPath, 'needs'], this.context.resolve(needs.value));
    job.if = this.condition(keyPath, condition);
    job.permissions = this.permissions([...keyPath, 'permissions'], permissions);
    job.concurrency =
      concurrency && this.val(keyPath, concurrency.value as Node, concurrency.key as Scalar, 'concurrency');
    job.timeoutMinutes =
      timeoutMinutes &&
      this.val(keyPath, timeoutMinutes.value as Node, timeoutMinutes.key as Scalar, 'timeout-minutes');
    job.continueOnError =
      continueOnError &&
      this.val(keyPath, continueOnError.value as Node, continueOnError.key as Scalar, 'continue-on-error');
    if (container) job.container = this.container([...keyPath, 'container'], container, undefined);
    if (services)
      job.services = this.context
        .entries(this.context.resolve(services.value))
        .map((child) => this.container([...keyPath, 'services', child.name], child, child.name));
    job.outputs = this.mapping([...keyPath, 'outputs'], outputs);
    job.env = this.mapping([...keyPath, 'env'], env);
    job.defaults = this.defaults([...keyPath, 'defaults'], defaults);
    job.uses = this.uses(keyPath, uses);
    job.with = this.mapping([...keyPath, 'with'], withField);
    if (secrets) {
      job.secrets = isMap(this.context.resolve(secrets.value))
        ? this.mapping([...keyPath, 'secrets'], secrets)
        : this.val(keyPath, secrets.value as Node, secrets.key as Scalar, 'secrets');
    }
    job.workflow = workflow;
    this.steps([...keyPath, 'steps'], steps, job.steps, job, undefined, workflow);
    return job;
  }

  workflow(): Workflow {
    const root = this.context.resolve(this.document.contents);
    const workflow = new WorkflowNode(this.context, [], root, null);
    const jobsEntry = this.context.field(root, 'jobs');
    workflow.file = this.file;
    workflow.name = this.fieldStr([], root, 'name');
    workflow.runName = this.fieldStr([], root, 'run-name');
    workflow.on = this.triggers(this.context.field(root, 'on'));
    workflow.permissions = this.permissions(['permissions'], this.context.field(root, 'permissions'));
    workflow.env = this.mapping(['env'], this.context.field(root, 'env'));
    workflow.defaults = this.defaults(['defaults'], this.context.field(root, 'defaults'));
    workflow.concurrency = this.fieldVal([], root, 'concurrency');
    workflow.jobsNode = jobsEntry ? this.base(['jobs'], jobsEntry.value, jobsEntry.key) : undefined;
    workflow.allExpressions = this.expressions;
    for (const child of this.context.entries(jobsEntry?.value ?? null))
      workflow.jobs.push(this.job(child.name, child, workflow));
    this.collectExpressions(root, workflow);
    return workflow;
  }

  action(): Action {
    const root = this.context.resolve(this.document.contents);
    const action = new ActionNode(this.context, [], root, null);
    const runsEntry = this.context.field(root, 'runs');
    const runs = runsEntry ? this.base(['runs'], runsEntry.value, runsEntry.key) : undefined;
    const runsNode = runs?.node ?? null;
    const using = this.fieldStr(['runs'], runsNode, 'using');
    const usingValue = using?.value.toLowerCase() ?? '';
    action.file = this.file;
    action.name = this.fieldStr([], root, 'name');
    action.description = this.fieldStr([], root, 'description');
    action.inputs = this.inputs(['inputs'], this.context.field(root, 'inputs'));
    action.outputs = this.outputs(['outputs'], this.context.field(root, 'outputs'));
    action.runs = runs;
    action.using = using;
    action.usingKind =
      usingValue === 'composite'
        ? 'composite'
        : usingValue === 'docker'
          ? 'docker'
          : NODE_USING.test(usingValue)
            ? 'node'
            : 'unknown';
    action.main = this.fieldStr(['runs'], runsNode, 'main');
    action.pre = this.fieldStr(['runs'], runsNode, 'pre');
    action.post = this.fieldStr(['runs'], runsNode, 'post');
    action.image = this.fieldStr(['runs'], runsNode, 'image');
    action.allExpressions = this.expressions;
    this.steps(['runs', 'steps'], this.context.field(runsNode, 'steps'), action.steps, undefined, action, undefined);
    this.collectExpressions(root, action);
    return action;
  }

  /** One pass over every scalar of the document: every `${{ … }}`, and `if:` conditions without them. */
  collectExpressions(root: Node | null, model: GhaModel): void {
    const jobs = model.kind === 'workflow' ? new Map(model.jobs.map((job) => [job.id, job])) : undefined;
    // One shared path stack: a key path is copied only for the few scalars that hold an expression.
    this.visitScalars(root, 0, { stack: [], markers: siteMarkers(this.file.text), model, jobs });
  }

  visitScalars(node: unknown, depth: number, pass: ExpressionPass): void {
    const resolved = this.context.resolve(node);
    if (!resolved || depth > 64) return;
    const { stack } = pass;
    if (isMap(resolved)) {
      if (!rangeHolds(pass.markers, resolved.range)) return;
      for (const pair of resolved.items) {
        const name = keyName(pair.key);
        if (name === undefined) continue;
        stack.push(name);
        this.visitScalars(pair.value, depth + 1, pass);
        stack.pop();
      }
    } else if (isSeq(resolved)) {
      if (!rangeHolds(pass.markers, resolved.range)) return;
      const items = resolved.items;
      for (let index = 0; index < items.length; index++) {
        stack.push(index);
        this.visitScalars(items[index], depth + 1, pass);
        stack.pop();
      }
    } else if (isScalar(resolved) && typeof resolved.value === 'string') {
      const value = resolved.value;
      const embedded = value.includes('${{');
      const isCondition =
        !embedded &&
        stack[stack.length - 1] === 'if' &&
        value.trim() !== '' &&
        this.isConditionPath(stack, pass.model.kind);
      if (embedded || isCondition) this.addExpressions(resolved, value, stack.slice(), pass.model, pass.jobs, embedded);
    }
  }

  isConditionPath(keyPath: KeyPath, kind: GhaModel['kind']): boolean {
    if (kind === 'workflow') {
      return (
        keyPath[0] === 'jobs' &&
        (keyPath.length === 3 || (keyPath.length === 5 && keyPath[2] === 'steps' && typeof keyPath[3] === 'number'))
      );
    }
    return keyPath.length === 4 && keyPath[0] === 'runs' && keyPath[1] === 'steps' && typeof keyPath[2] === 'number';
  }

  addExpressions(
    scalar: Scalar,
    value: string,
    keyPath: KeyPath,
    model: GhaModel,
    jobs: Map<string, Job> | undefined,
    embedded: boolean,
  ): void {
    let job: Job | undefined;
    let step: Step | undefined;
    let owner: Expression['owner'] = model.kind;
    let placeIndex = 0;
    if (model.kind === 'workflow' && keyPath[0] === 'jobs' && keyPath.length > 2) {
      job = jobs?.get(String(keyPath[1]));
      owner = 'job';
      placeIndex = 2;
      if (keyPath[2] === 'steps' && typeof keyPath[3] === 'number' && keyPath.length > 4) {
        step = job?.steps[keyPath[3]];
        owner = 'step';
        placeIndex = 4;
      }
    } else if (model.kind === 'action' && keyPath[0] === 'runs') {
      placeIndex = 1;
      if (keyPath[1] === 'steps' && typeof keyPath[2] === 'number' && keyPath.length > 3) {
        step = model.steps[keyPath[2]];
        owner = 'step';
        placeIndex = 3;
      }
    }
    const place = String(keyPath[placeIndex] ?? '');
    const entry =
      ENTRY_PLACES.has(place) && keyPath.length > placeIndex + 1 ? String(keyPath[placeIndex + 1]) : undefined;
    const vals = this.context.valsByNode.get(scalar)?.filter((val) => val.hasKeyPath(keyPath));
    const holders: ValNode<unknown>[] = vals && vals.length > 0 ? vals : [this.str(keyPath, scalar, null)];
    const holder = holders[0] as Str;
    const found: ExpressionImpl[] = [];
    if (embedded) {
      const occurrences = scanEmbedded(value);
      for (const occurrence of occurrences) {
        const whole = occurrences.length === 1 && occurrence.start === 0 && occurrence.end === value.length;
        found.push(
          new ExpressionImpl(
            this.context,
            scalar,
            value,
            value.slice(occurrence.start, occurrence.end),
            occurrence.body,
            'embedded',
            occurrence.start,
            occurrence.bodyStart,
            occurrence.closed,
            keyPath,
            place,
            entry,
            holder,
            whole,
            owner,
          ),
        );
      }
    } else {
      found.push(
        new ExpressionImpl(
          this.context,
          scalar,
          value,
          value,
          value,
          'bare',
          0,
          0,
          true,
          keyPath,
          place,
          entry,
          holder,
          true,
          owner,
        ),
      );
    }
    for (const expression of found) {
      expression.step = step;
      expression.job = job ?? step?.job;
      if (model.kind === 'workflow') expression.workflow = model;
      else expression.action = model;
      this.expressions.push(expression);
      for (const val of holders) val.addExpression(expression);
      if (step) step.expressions.push(expression);
      else if (job) job.expressions.push(expression);
      else model.expressions.push(expression);
    }
  }
}

const ACTION_FILE = /(^|\/)action\.ya?ml$/i;

/** Parses a workflow or an action's metadata (by file name, or by its keys when the name says neither). */
export function parseGitHubActions(file: SourceFile): ParseResult<GhaModel> {
  const yaml = parseYaml(file);
  // Comments come from a second lexer pass: made only when the engine asks (for suppressions) or a `uses:` needs it.
  const withComments = <R extends object>(result: R): R & { readonly comments: Comment[] } =>
    Object.defineProperty(result, 'comments', { enumerable: true, get: () => yaml.comments }) as R & {
      readonly comments: Comment[];
    };
  if (yaml.problems.length > 0) return withComments({ ok: false as const, problems: yaml.problems });
  const problems: SyntaxProblem[] = [];
  if (yaml.documents.length > 1) {
    const second = yaml.documents[1]!;
    const start = second.range?.[0] ?? 0;
    problems.push({
      message: 'more than one YAML document in the file: GitHub reads only one',
      at: { span: file.spanOf(start, start + 1), path: 'doc[1]' },
    });
  }
  const document = yaml.documents[0];
  const root = document?.contents ?? null;
  if (!document || root === null || (isScalar(root) && root.value === null)) {
    problems.push({ message: 'the file is empty', at: { span: file.lineSpan(1), path: '$' } });
  } else if (!isMap(root)) {
    problems.push({
      message: 'the top level must be a mapping of keys',
      at: { span: nodeSpan(file, root) ?? file.lineSpan(1), path: '$' },
    });
  }
  if (problems.length > 0 || !document) return withComments({ ok: false as const, problems });
  const builder = new Builder(file, document, yaml);
  const isAction = ACTION_FILE.test(file.path) || (!WORKFLOW_PATH.test(file.path) && isActionContent(root as YAMLMap));
  return withComments({ ok: true as const, model: isAction ? builder.action() : builder.workflow() });
}

const WORKFLOW_PATH = /(^|\/)\.github\/workflows\//;

function isActionContent(root: YAMLMap): boolean {
  let runs = false;
  let jobs = false;
  for (const pair of root.items) {
    const name = keyName(pair.key);
    if (name === 'runs') runs = true;
    if (name === 'jobs') jobs = true;
  }
  return runs && !jobs;
}
