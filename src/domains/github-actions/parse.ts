import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { Comment, ParseResult, SyntaxProblem } from '../../core/domain.js';
import type { Locatable, Span } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import { parseYaml, pathString, type KeyPath, type YamlFile } from '../yaml/document.js';
import { accessesOf, parseCached, scanEmbedded, type ContextAccess, type ExprNode, type ExpressionError } from './expressions/index.js';
import type {
  Action,
  Condition,
  Container,
  Credentials,
  Defaults,
  Environment,
  Expression,
  GhaFileContext,
  GhaModel,
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
import { offsetMap, type OffsetMap } from './scalar.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Trims trailing white space and line breaks (block scalars end on the next line) so spans end on the last character. */
function tightSpan(file: SourceFile, start: number, end: number): Span {
  const text = file.text;
  let last = end;
  while (last > start + 1) {
    const code = text.charCodeAt(last - 1);
    if (code === 10 || code === 13 || code === 32 || code === 9) last--;
    else break;
  }
  return file.spanOf(start, Math.max(last, start + 1));
}

function nodeSpan(file: SourceFile, node: Node | null | undefined): Span | undefined {
  const range = node?.range;
  if (!range) return undefined;
  return tightSpan(file, range[0], range[1]);
}

/** The key's name as written: YAML 1.1 documents read `on` as a boolean; its source text is still `on`. */
function keyName(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  const value = key.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' && key.source) return key.source;
  return value === null ? undefined : String(value);
}

class FileContext implements GhaFileContext {
  /** Scalar values by YAML node, so expressions found later attach to the values the model holds. */
  readonly valsByNode = new Map<Node, Val[]>();
  private trailing: Map<number, string> | undefined;

  constructor(
    readonly file: SourceFile,
    readonly document: Document.Parsed,
    private readonly yaml: YamlFile,
  ) {}

  /** Trailing comments by line, from the lexer's comment pass (made only when a line needs it). */
  get trailingComments(): Map<number, string> {
    if (!this.trailing) {
      this.trailing = new Map();
      for (const comment of this.yaml.comments) if (comment.trailing) this.trailing.set(comment.line, comment.text);
    }
    return this.trailing;
  }

  /**
   * The trailing comment on the line where `node` ends (the `# v4.1.1` of a `uses:`). A one-line plain or quoted
   * scalar is read from the text after it: white space then `#` starts a comment there, and a line with no `#`
   * after the scalar has none. Anything else (collections, block scalars, other text after the value, CR line
   * breaks) asks the lexer's comment pass, which is then made once for the file.
   */
  trailingCommentAt(node: Node, range: [number, number, number]): string | undefined {
    const text = this.file.text;
    const end = range[1];
    if (isScalar(node) && end > range[0] && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && !text.includes('\r')) {
      let eol = text.indexOf('\n', end);
      if (eol < 0) eol = text.length;
      const hash = text.indexOf('#', end);
      if (hash < 0 || hash >= eol) return undefined;
      let i = end;
      while (i < hash && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
      if (i === hash && hash > end) return text.slice(hash + 1, eol).trim();
    }
    return this.trailingComments.get(this.file.position(Math.max(range[0], end - 1)).line);
  }

  resolve(node: unknown): Node | null {
    let current = node;
    for (let depth = 0; isAlias(current) && depth < 32; depth++) current = current.resolve(this.document) as unknown;
    return (current as Node | null | undefined) ?? null;
  }

  private readonly maps = new WeakMap<Node, OffsetMap>();

  /** The value-to-file offset map of a string scalar, built once and only when a span inside it is needed. */
  offsets(node: Scalar, value: string): OffsetMap {
    let map = this.maps.get(node);
    if (!map) {
      map = offsetMap(this.file.text, node, value);
      this.maps.set(node, map);
    }
    return map;
  }

  atValue(val: Val, start: number, end: number): Locatable {
    const node = val.node;
    if (!isScalar(node) || typeof val.value !== 'string') return { span: val.span, path: val.path };
    const map = this.offsets(node, val.value);
    const from = map(start);
    const to = map(Math.max(start, end - 1)) + 1;
    return { span: this.file.spanOf(from, Math.max(to, from + 1)), path: val.path };
  }

  at(base: GhaNode, subPath: KeyPath = [], options: { key?: boolean } = {}): Locatable {
    const keyPath = subPath.length === 0 ? base.keyPath : [...base.keyPath, ...subPath];
    const path = pathString(keyPath);
    if (subPath.length === 0) return { span: options.key ? base.keySpan : base.span, path };
    let node: Node | null = base.node;
    let best: Span = base.span;
    for (const [i, segment] of subPath.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((item) => keyName(item.key) === String(segment));
        if (!pair) break;
        const value = this.resolve(pair.value);
        const last = i === subPath.length - 1;
        const chosen = last && options.key ? (pair.key as Node) : (value ?? (pair.key as Node));
        best = nodeSpan(this.file, chosen) ?? best;
        node = value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = this.resolve(node.items[segment]);
        if (!item) break;
        best = nodeSpan(this.file, item) ?? best;
        node = item;
      } else {
        break;
      }
    }
    return { span: best, path };
  }
}

class Base implements GhaNode {
  private cachedPath: string | undefined;
  private cachedSpan: Span | undefined;
  private cachedKeySpan: Span | undefined;

  constructor(
    readonly context: FileContext,
    readonly keyPath: KeyPath,
    readonly node: Node | null,
    readonly keyNode: Scalar | null,
  ) {}

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

function make<T extends GhaNode>(base: Base, extra: Omit<T, keyof GhaNode>): T {
  return Object.assign(base, extra) as unknown as T;
}

/** A map node's entries by key name, aliases resolved. */
interface Entry {
  name: string;
  key: Scalar;
  value: Node | null;
}

class ExpressionImpl implements Expression {
  private parsed = false;
  private cachedAst: ExprNode | undefined;
  private cachedError: ExpressionError | undefined;
  private cachedAccesses: readonly ContextAccess[] | undefined;
  private cachedSpan: Span | undefined;
  workflow: Workflow | undefined;
  action: Action | undefined;
  job: Job | undefined;
  step: Step | undefined;

  private cachedPath: string | undefined;

  constructor(
    private readonly file: SourceFile,
    private readonly offsets: () => OffsetMap,
    readonly text: string,
    readonly body: string,
    readonly form: 'embedded' | 'bare',
    /** Offsets into the value. */
    private readonly valueStart: number,
    private readonly valueBodyStart: number,
    readonly closed: boolean,
    readonly keyPath: KeyPath,
    readonly place: string,
    readonly entry: string | undefined,
    readonly value: Str,
    readonly whole: boolean,
    readonly owner: Expression['owner'],
  ) {}

  get path(): string {
    return (this.cachedPath ??= pathString(this.keyPath));
  }

  private map(offset: number): number {
    return this.offsets()(offset);
  }

  get start(): number {
    return this.map(this.valueStart);
  }

  get end(): number {
    return this.map(this.valueStart + this.text.length - 1) + 1;
  }

  get bodyStart(): number {
    return this.map(this.valueBodyStart);
  }

  get span(): Span {
    return (this.cachedSpan ??= this.file.spanOf(this.start, this.end));
  }

  atBody(start: number, end: number): Locatable {
    const from = this.map(this.valueBodyStart + start);
    const to = this.map(this.valueBodyStart + Math.max(start, end - 1)) + 1;
    return { span: this.file.spanOf(from, Math.max(to, from + 1)), path: this.path };
  }

  private parse(): void {
    if (this.parsed) return;
    this.parsed = true;
    const { ast, error } = parseCached(this.body);
    this.cachedAst = ast;
    this.cachedError = error;
  }

  get ast(): ExprNode | undefined {
    this.parse();
    return this.cachedAst;
  }

  get error(): ExpressionError | undefined {
    this.parse();
    return this.cachedError;
  }

  get accesses(): readonly ContextAccess[] {
    if (this.cachedAccesses) return this.cachedAccesses;
    const ast = this.ast;
    return (this.cachedAccesses = ast ? accessesOf(ast) : []);
  }
}

const NODE_USING = /^node\d+$/i;
const SHA = /^[0-9a-f]{40}$/i;
const SHORT_SHA = /^[0-9a-f]{7,39}$/i;
const VERSION_TAG = /^v?\d+(?:\.\d+)*(?:[-+][\w.-]+)?$/i;
const COMMENT_VERSION = /(?:^|[\s=@:])(v?\d+(?:\.\d+){0,3}(?:-[\w.]+)?)(?=$|[\s,;)])/i;
const REPOSITORY_USES = /^([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?@(.*)$/;
const ENTRY_PLACES = new Set(['with', 'env', 'outputs', 'secrets', 'inputs', 'services', 'args']);
const FILTER_NAMES: TriggerFilterName[] = ['branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore'];

export function refKindOf(ref: string | undefined): RefKind {
  if (ref === undefined || ref === '') return 'none';
  if (SHA.test(ref)) return 'sha';
  if (VERSION_TAG.test(ref)) return 'tag';
  if (SHORT_SHA.test(ref) && /\d/.test(ref)) return 'short-sha';
  return 'branch';
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

  base(keyPath: KeyPath, node: unknown, key: Scalar | null): Base {
    return new Base(this.context, keyPath, this.context.resolve(node), key);
  }

  entries(node: Node | null): Entry[] {
    if (!isMap(node)) return [];
    const out: Entry[] = [];
    for (const pair of (node as YAMLMap).items as Pair[]) {
      const name = keyName(pair.key);
      if (name === undefined) continue;
      out.push({ name, key: pair.key as Scalar, value: this.context.resolve(pair.value) });
    }
    return out;
  }

  keys(keyPath: KeyPath, node: Node | null): Map<string, GhaNode> {
    const out = new Map<string, GhaNode>();
    for (const entry of this.entries(node)) out.set(entry.name, new Base(this.context, [...keyPath, entry.name], entry.value, entry.key));
    return out;
  }

  /** Defines `keys` as a property built on first use: structure rules need it, most runs never ask. */
  lazyKeys<T extends GhaNode>(target: T, keyPath: KeyPath, node: Node | null): T {
    let built: Map<string, GhaNode> | undefined;
    Object.defineProperty(target, 'keys', { enumerable: true, get: () => (built ??= this.keys(keyPath, node)) });
    return target;
  }

  val<T = unknown>(keyPath: KeyPath, node: Node | null, key: Scalar | null): Val<T> {
    const base = this.base(keyPath, node, key);
    const resolved = base.node;
    const value = isScalar(resolved) ? resolved.value : resolved === null ? null : undefined;
    const val = make<Val<T>>(base, { value: value as T, expressions: [] });
    this.remember(val);
    return val;
  }

  str(keyPath: KeyPath, node: Node | null, key: Scalar | null): Str {
    const base = this.base(keyPath, node, key);
    const resolved = base.node;
    const value = isScalar(resolved) ? (resolved.value === null ? '' : String(resolved.value)) : '';
    const val = make<Str>(base, { value, expressions: [] });
    this.remember(val);
    return val;
  }

  remember(val: Val): void {
    const node = val.node;
    if (!isScalar(node) || typeof node.value !== 'string' || (!node.value.includes('${{') && val.keyPath[val.keyPath.length - 1] !== 'if')) return;
    const list = this.context.valsByNode.get(node);
    if (list) list.push(val);
    else this.context.valsByNode.set(node, [val]);
  }

  /** A child value of a map entry list, as a Val/Str, when the key is present. */
  field<K extends 'val' | 'str'>(kind: K, keyPath: KeyPath, entries: Map<string, Entry>, name: string): (K extends 'str' ? Str : Val) | undefined {
    const entry = entries.get(name);
    if (!entry) return undefined;
    return (kind === 'str' ? this.str([...keyPath, name], entry.value, entry.key) : this.val([...keyPath, name], entry.value, entry.key)) as never;
  }

  byName(node: Node | null): Map<string, Entry> {
    const out = new Map<string, Entry>();
    for (const entry of this.entries(node)) out.set(entry.name, entry);
    return out;
  }

  list(keyPath: KeyPath, node: Node | null): Str[] {
    if (isSeq(node)) return node.items.map((item, index) => this.str([...keyPath, index], item as Node, null));
    if (isScalar(node) && node.value !== null) return [this.str(keyPath, node, null)];
    return [];
  }

  mapping<V extends GhaNode = Val>(keyPath: KeyPath, entry: Entry | undefined, item?: (keyPath: KeyPath, entry: Entry) => V): Mapping<V> | undefined {
    if (!entry) return undefined;
    const base = this.base(keyPath, entry.value, entry.key);
    const entries = new Map<string, V>();
    for (const child of this.entries(base.node)) {
      const childPath = [...keyPath, child.name];
      entries.set(child.name, item ? item(childPath, child) : (this.val(childPath, child.value, child.key) as unknown as V));
    }
    return make<Mapping<V>>(base, { entries, get: (name: string) => entries.get(name) });
  }

  condition(keyPath: KeyPath, entry: Entry | undefined): Condition | undefined {
    if (!entry) return undefined;
    const str = this.str(keyPath, entry.value, entry.key);
    const value = str.value;
    let form: Condition['form'] = 'bare';
    if (value.includes('${{')) {
      const found = scanEmbedded(value);
      form = found.length === 1 && found[0]!.start === 0 && found[0]!.end === value.length && found[0]!.closed ? 'wrapped' : 'template';
    }
    (str as Mutable<Condition>).form = form;
    return str as Condition;
  }

  permissions(keyPath: KeyPath, entry: Entry | undefined): Permissions | undefined {
    if (!entry) return undefined;
    const base = this.base(keyPath, entry.value, entry.key);
    const node = base.node;
    const scopes = new Map<string, Val<string> & { level: PermissionLevel | undefined }>();
    let kind: Permissions['kind'] = 'invalid';
    if (isScalar(node) && (node.value === 'read-all' || node.value === 'write-all')) kind = node.value;
    else if (isMap(node)) {
      kind = 'map';
      for (const child of this.entries(node)) {
        const val = this.str([...keyPath, child.name], child.value, child.key);
        const level: PermissionLevel | undefined = val.value === 'read' || val.value === 'write' || val.value === 'none' ? val.value : undefined;
        scopes.set(child.name, Object.assign(val, { level }));
      }
    }
    return make<Permissions>(base, { kind, scopes });
  }

  defaults(keyPath: KeyPath, entry: Entry | undefined): Defaults | undefined {
    if (!entry) return undefined;
    const base = this.base(keyPath, entry.value, entry.key);
    const run = this.byName(base.node).get('run');
    const runEntries = this.byName(run?.value ?? null);
    return make<Defaults>(base, {
      shell: this.field('str', [...keyPath, 'run'], runEntries, 'shell'),
      workingDirectory: this.field('str', [...keyPath, 'run'], runEntries, 'working-directory'),
    });
  }

  container(keyPath: KeyPath, entry: Entry, id: string | undefined): Container {
    const base = this.base(keyPath, entry.value, entry.key);
    const node = base.node;
    if (isScalar(node)) {
      return make<Container>(base, { id, image: this.str(keyPath, node, entry.key), credentials: undefined, env: undefined, ports: [], volumes: [], options: undefined });
    }
    const fields = this.byName(node);
    const credentialsEntry = fields.get('credentials');
    let credentials: Credentials | undefined;
    if (credentialsEntry) {
      const credentialsPath = [...keyPath, 'credentials'];
      const credentialFields = this.byName(credentialsEntry.value);
      credentials = make<Credentials>(this.base(credentialsPath, credentialsEntry.value, credentialsEntry.key), {
        username: this.field('val', credentialsPath, credentialFields, 'username'),
        password: this.field('val', credentialsPath, credentialFields, 'password'),
      });
    }
    const seqOf = (name: string): Val[] => {
      const value = fields.get(name)?.value ?? null;
      return isSeq(value) ? value.items.map((item, index) => this.val([...keyPath, name, index], item as Node, null)) : [];
    };
    return make<Container>(base, {
      id,
      image: this.field('str', keyPath, fields, 'image'),
      credentials,
      env: this.mapping([...keyPath, 'env'], fields.get('env')),
      ports: seqOf('ports'),
      volumes: seqOf('volumes'),
      options: this.field('str', keyPath, fields, 'options'),
    });
  }

  uses(keyPath: KeyPath, entry: Entry | undefined): Uses | undefined {
    if (!entry) return undefined;
    const str = this.str(keyPath, entry.value, entry.key);
    const raw = str.value.trim();
    const result: Mutable<Omit<Uses, keyof Str>> = {
      kind: 'invalid',
      owner: undefined,
      repo: undefined,
      subPath: undefined,
      slug: undefined,
      ref: undefined,
      refKind: 'none',
      localPath: undefined,
      image: undefined,
      comment: undefined,
      commentVersion: undefined,
      dynamic: raw.includes('${{'),
    };
    if (raw.startsWith('docker://')) {
      result.kind = 'docker';
      result.image = raw.slice('docker://'.length);
    } else if (raw.startsWith('./') || raw.startsWith('../') || raw === '.') {
      result.kind = 'local';
      result.localPath = raw;
    } else {
      const match = REPOSITORY_USES.exec(raw);
      if (match) {
        result.kind = 'repository';
        result.owner = match[1]!;
        result.repo = match[2]!;
        result.subPath = match[3] ? match[3].slice(1) : undefined;
        result.slug = `${match[1]!}/${match[2]!}`.toLowerCase();
        result.ref = match[4]!;
        result.refKind = refKindOf(match[4]);
      } else {
        const bare = /^([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?$/.exec(raw);
        if (bare) {
          result.owner = bare[1]!;
          result.repo = bare[2]!;
          result.subPath = bare[3] ? bare[3].slice(1) : undefined;
          result.slug = `${bare[1]!}/${bare[2]!}`.toLowerCase();
        }
      }
    }
    const range = str.node?.range;
    if (range) {
      const comment = this.context.trailingCommentAt(str.node!, range);
      if (comment !== undefined) {
        result.comment = comment;
        result.commentVersion = COMMENT_VERSION.exec(comment)?.[1];
      }
    }
    return Object.assign(str, result) as Uses;
  }

  step(keyPath: KeyPath, index: number, item: unknown, owner: { job?: Job; action?: Action; workflow?: Workflow }): Step {
    const base = this.base(keyPath, item, null);
    const fields = this.byName(base.node);
    const step = make<Step>(base, {
      index,
      id: this.field('str', keyPath, fields, 'id'),
      name: this.field('str', keyPath, fields, 'name'),
      uses: this.uses([...keyPath, 'uses'], fields.get('uses')),
      run: this.field('str', keyPath, fields, 'run'),
      shell: this.field('str', keyPath, fields, 'shell'),
      with: this.mapping([...keyPath, 'with'], fields.get('with')),
      env: this.mapping([...keyPath, 'env'], fields.get('env')),
      if: this.condition([...keyPath, 'if'], fields.get('if')),
      workingDirectory: this.field('str', keyPath, fields, 'working-directory'),
      continueOnError: this.field('val', keyPath, fields, 'continue-on-error'),
      timeoutMinutes: this.field('val', keyPath, fields, 'timeout-minutes'),
      keys: undefined as never,
      job: owner.job,
      action: owner.action,
      workflow: owner.workflow,
      expressions: [],
    });
    return this.lazyKeys(step, keyPath, base.node);
  }

  steps(keyPath: KeyPath, entry: Entry | undefined, owner: { job?: Job; action?: Action; workflow?: Workflow }): Step[] {
    const node = entry?.value ?? null;
    if (!isSeq(node)) return [];
    return node.items.map((item, index) => this.step([...keyPath, index], index, item, owner));
  }

  inputs(keyPath: KeyPath, entry: Entry | undefined): Mapping<InputDef> | undefined {
    return this.mapping<InputDef>(keyPath, entry, (path, child) => {
      const fields = this.byName(child.value);
      const options = fields.get('options')?.value ?? null;
      return make<InputDef>(this.base(path, child.value, child.key), {
        id: child.name,
        description: this.field('str', path, fields, 'description'),
        type: this.field('str', path, fields, 'type'),
        required: this.field('val', path, fields, 'required'),
        default: this.field('val', path, fields, 'default'),
        options: isSeq(options) ? options.items.map((item, index) => this.val([...path, 'options', index], item as Node, null)) : [],
        deprecationMessage: this.field('str', path, fields, 'deprecationMessage'),
      });
    });
  }

  outputs(keyPath: KeyPath, entry: Entry | undefined): Mapping<OutputDef> | undefined {
    return this.mapping<OutputDef>(keyPath, entry, (path, child) => {
      const fields = this.byName(child.value);
      return make<OutputDef>(this.base(path, child.value, child.key), {
        id: child.name,
        description: this.field('str', path, fields, 'description'),
        value: this.field('val', path, fields, 'value'),
      });
    });
  }

  trigger(keyPath: KeyPath, event: string, node: unknown, key: Scalar | null): Trigger {
    const base = this.base(keyPath, node, key);
    const fields = this.byName(base.node);
    const filters = new Map<TriggerFilterName, Str[]>();
    for (const name of FILTER_NAMES) {
      const entry = fields.get(name);
      if (entry) filters.set(name, this.list([...keyPath, name], entry.value));
    }
    const crons: Str[] = [];
    if (event === 'schedule' && isSeq(base.node)) {
      base.node.items.forEach((item, index) => {
        const cron = this.byName(this.context.resolve(item)).get('cron');
        if (cron) crons.push(this.str([...keyPath, index, 'cron'], cron.value, cron.key));
      });
    }
    const secrets = this.mapping<SecretDef>([...keyPath, 'secrets'], fields.get('secrets'), (path, child) => {
      const secretFields = this.byName(child.value);
      return make<SecretDef>(this.base(path, child.value, child.key), {
        id: child.name,
        required: this.field('val', path, secretFields, 'required'),
        description: this.field('str', path, secretFields, 'description'),
      });
    });
    return make<Trigger>(base, {
      event,
      types: fields.has('types') ? this.list([...keyPath, 'types'], fields.get('types')!.value) : [],
      filters,
      workflows: fields.has('workflows') ? this.list([...keyPath, 'workflows'], fields.get('workflows')!.value) : [],
      crons,
      inputs: this.inputs([...keyPath, 'inputs'], fields.get('inputs')),
      secrets,
      outputs: this.outputs([...keyPath, 'outputs'], fields.get('outputs')),
    });
  }

  triggers(entry: Entry | undefined): Triggers | undefined {
    if (!entry) return undefined;
    const base = this.base(['on'], entry.value, entry.key);
    const events = new Map<string, Trigger>();
    const node = base.node;
    if (isScalar(node) && typeof node.value === 'string') {
      events.set(node.value, this.trigger(['on'], node.value, node, entry.key));
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const resolved = this.context.resolve(item);
        if (isScalar(resolved) && typeof resolved.value === 'string') events.set(resolved.value, this.trigger(['on', index], resolved.value, resolved, null));
      });
    } else {
      for (const child of this.entries(node)) events.set(child.name, this.trigger(['on', child.name], child.name, child.value, child.key));
    }
    return make<Triggers>(base, { events, has: (event: string) => events.has(event), get: (event: string) => events.get(event) });
  }

  job(id: string, entry: Entry, workflow: Workflow): Job {
    const keyPath = ['jobs', id];
    const base = this.base(keyPath, entry.value, entry.key);
    const fields = this.byName(base.node);
    const environmentEntry = fields.get('environment');
    let environment: Environment | undefined;
    if (environmentEntry) {
      const path = [...keyPath, 'environment'];
      const envBase = this.base(path, environmentEntry.value, environmentEntry.key);
      const envFields = this.byName(envBase.node);
      environment = make<Environment>(envBase, {
        name: isMap(envBase.node) ? this.field('str', path, envFields, 'name') : this.str(path, envBase.node, environmentEntry.key),
        url: this.field('str', path, envFields, 'url'),
      });
    }
    const strategyEntry = fields.get('strategy');
    let strategy: Strategy | undefined;
    if (strategyEntry) {
      const path = [...keyPath, 'strategy'];
      const strategyFields = this.byName(this.context.resolve(strategyEntry.value));
      const matrix = strategyFields.get('matrix');
      strategy = make<Strategy>(this.base(path, strategyEntry.value, strategyEntry.key), {
        matrix: matrix ? this.base([...path, 'matrix'], matrix.value, matrix.key) : undefined,
        failFast: this.field('val', path, strategyFields, 'fail-fast'),
        maxParallel: this.field('val', path, strategyFields, 'max-parallel'),
      });
    }
    const needsEntry = fields.get('needs');
    const servicesEntry = fields.get('services');
    const secretsEntry = fields.get('secrets');
    const job = make<Job>(base, {
      id,
      name: this.field('str', keyPath, fields, 'name'),
      runsOn: this.field('val', keyPath, fields, 'runs-on'),
      needs: needsEntry ? this.list([...keyPath, 'needs'], needsEntry.value) : [],
      if: this.condition([...keyPath, 'if'], fields.get('if')),
      permissions: this.permissions([...keyPath, 'permissions'], fields.get('permissions')),
      environment,
      concurrency: this.field('val', keyPath, fields, 'concurrency'),
      timeoutMinutes: this.field('val', keyPath, fields, 'timeout-minutes'),
      continueOnError: this.field('val', keyPath, fields, 'continue-on-error'),
      container: fields.has('container') ? this.container([...keyPath, 'container'], fields.get('container')!, undefined) : undefined,
      services: servicesEntry ? this.entries(servicesEntry.value).map((child) => this.container([...keyPath, 'services', child.name], child, child.name)) : [],
      strategy,
      outputs: this.mapping([...keyPath, 'outputs'], fields.get('outputs')),
      env: this.mapping([...keyPath, 'env'], fields.get('env')),
      defaults: this.defaults([...keyPath, 'defaults'], fields.get('defaults')),
      steps: [],
      uses: this.uses([...keyPath, 'uses'], fields.get('uses')),
      with: this.mapping([...keyPath, 'with'], fields.get('with')),
      secrets: secretsEntry
        ? isMap(this.context.resolve(secretsEntry.value))
          ? this.mapping([...keyPath, 'secrets'], secretsEntry)
          : this.val([...keyPath, 'secrets'], secretsEntry.value, secretsEntry.key)
        : undefined,
      keys: undefined as never,
      workflow,
      expressions: [],
    });
    this.lazyKeys(job, keyPath, base.node);
    job.steps.push(...this.steps([...keyPath, 'steps'], fields.get('steps'), { job, workflow }));
    return job;
  }

  workflow(): Workflow {
    const root = this.context.resolve(this.document.contents);
    const base = this.base([], root, null);
    const fields = this.byName(root);
    const jobsEntry = fields.get('jobs');
    const workflow = make<Workflow>(base, {
      kind: 'workflow',
      file: this.file,
      name: this.field('str', [], fields, 'name'),
      runName: this.field('str', [], fields, 'run-name'),
      on: this.triggers(fields.get('on')),
      permissions: this.permissions(['permissions'], fields.get('permissions')),
      env: this.mapping(['env'], fields.get('env')),
      defaults: this.defaults(['defaults'], fields.get('defaults')),
      concurrency: this.field('val', [], fields, 'concurrency'),
      jobs: [],
      jobsNode: jobsEntry ? this.base(['jobs'], jobsEntry.value, jobsEntry.key) : undefined,
      keys: undefined as never,
      expressions: [],
      allExpressions: this.expressions,
      context: this.context,
    });
    this.lazyKeys(workflow, [], root);
    for (const child of this.entries(jobsEntry?.value ?? null)) workflow.jobs.push(this.job(child.name, child, workflow));
    this.collectExpressions(root, workflow);
    return workflow;
  }

  action(): Action {
    const root = this.context.resolve(this.document.contents);
    const base = this.base([], root, null);
    const fields = this.byName(root);
    const runsEntry = fields.get('runs');
    const runs = runsEntry ? this.base(['runs'], runsEntry.value, runsEntry.key) : undefined;
    const runFields = this.byName(runs?.node ?? null);
    const using = this.field('str', ['runs'], runFields, 'using');
    const usingValue = using?.value.toLowerCase() ?? '';
    const action = make<Action>(base, {
      kind: 'action',
      file: this.file,
      name: this.field('str', [], fields, 'name'),
      description: this.field('str', [], fields, 'description'),
      inputs: this.inputs(['inputs'], fields.get('inputs')),
      outputs: this.outputs(['outputs'], fields.get('outputs')),
      runs,
      using,
      usingKind: usingValue === 'composite' ? 'composite' : usingValue === 'docker' ? 'docker' : NODE_USING.test(usingValue) ? 'node' : 'unknown',
      main: this.field('str', ['runs'], runFields, 'main'),
      pre: this.field('str', ['runs'], runFields, 'pre'),
      post: this.field('str', ['runs'], runFields, 'post'),
      image: this.field('str', ['runs'], runFields, 'image'),
      steps: [],
      keys: undefined as never,
      expressions: [],
      allExpressions: this.expressions,
      context: this.context,
    });
    this.lazyKeys(action, [], root);
    action.steps.push(...this.steps(['runs', 'steps'], runFields.get('steps'), { action }));
    this.collectExpressions(root, action);
    return action;
  }

  /** One pass over every scalar of the document: every `${{ … }}`, and `if:` conditions without them. */
  collectExpressions(root: Node | null, model: GhaModel): void {
    const jobs = model.kind === 'workflow' ? new Map(model.jobs.map((job) => [job.id, job])) : undefined;
    // One shared path stack: a key path is copied only for the few scalars that hold an expression.
    const stack: KeyPath = [];
    const visit = (node: unknown, depth: number): void => {
      const resolved = this.context.resolve(node);
      if (!resolved || depth > 64) return;
      if (isMap(resolved)) {
        for (const pair of resolved.items) {
          const name = keyName(pair.key);
          if (name === undefined) continue;
          stack.push(name);
          visit(pair.value, depth + 1);
          stack.pop();
        }
      } else if (isSeq(resolved)) {
        const items = resolved.items;
        for (let index = 0; index < items.length; index++) {
          stack.push(index);
          visit(items[index], depth + 1);
          stack.pop();
        }
      } else if (isScalar(resolved) && typeof resolved.value === 'string') {
        const value = resolved.value;
        const embedded = value.includes('${{');
        const isCondition = !embedded && stack[stack.length - 1] === 'if' && value.trim() !== '' && this.isConditionPath(stack, model.kind);
        if (embedded || isCondition) this.addExpressions(resolved, value, stack.slice(), model, jobs, embedded);
      }
    };
    visit(root, 0);
  }

  isConditionPath(keyPath: KeyPath, kind: GhaModel['kind']): boolean {
    if (kind === 'workflow') {
      return keyPath[0] === 'jobs' && (keyPath.length === 3 || (keyPath.length === 5 && keyPath[2] === 'steps' && typeof keyPath[3] === 'number'));
    }
    return keyPath.length === 4 && keyPath[0] === 'runs' && keyPath[1] === 'steps' && typeof keyPath[2] === 'number';
  }

  addExpressions(scalar: Scalar, value: string, keyPath: KeyPath, model: GhaModel, jobs: Map<string, Job> | undefined, embedded: boolean): void {
    const map = (): OffsetMap => this.context.offsets(scalar, value);
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
    const entry = ENTRY_PLACES.has(place) && keyPath.length > placeIndex + 1 ? String(keyPath[placeIndex + 1]) : undefined;
    const vals = this.context.valsByNode.get(scalar)?.filter((val) => val.keyPath.length === keyPath.length && val.keyPath.every((segment, i) => segment === keyPath[i]));
    const holder = (vals?.[0] as Str | undefined) ?? this.str(keyPath, scalar, null);
    const holders = vals && vals.length > 0 ? vals : [holder];
    const found: ExpressionImpl[] = [];
    if (embedded) {
      const occurrences = scanEmbedded(value);
      for (const occurrence of occurrences) {
        const whole = occurrences.length === 1 && occurrence.start === 0 && occurrence.end === value.length;
        found.push(
          new ExpressionImpl(this.file, map, value.slice(occurrence.start, occurrence.end), occurrence.body, 'embedded', occurrence.start, occurrence.bodyStart, occurrence.closed, keyPath, place, entry, holder, whole, owner),
        );
      }
    } else {
      found.push(new ExpressionImpl(this.file, map, value, value, 'bare', 0, 0, true, keyPath, place, entry, holder, true, owner));
    }
    for (const expression of found) {
      expression.step = step;
      expression.job = job ?? step?.job;
      if (model.kind === 'workflow') expression.workflow = model;
      else expression.action = model;
      this.expressions.push(expression);
      for (const val of holders) if (!val.expressions.includes(expression)) val.expressions.push(expression);
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
    Object.defineProperty(result, 'comments', { enumerable: true, get: () => yaml.comments }) as R & { readonly comments: Comment[] };
  if (yaml.problems.length > 0) return withComments({ ok: false as const, problems: yaml.problems });
  const problems: SyntaxProblem[] = [];
  if (yaml.documents.length > 1) {
    const second = yaml.documents[1]!;
    const start = second.range?.[0] ?? 0;
    problems.push({ message: 'more than one YAML document in the file: GitHub reads only one', at: { span: file.spanOf(start, start + 1), path: 'doc[1]' } });
  }
  const document = yaml.documents[0];
  const root = document?.contents ?? null;
  if (!document || root === null || (isScalar(root) && root.value === null)) {
    problems.push({ message: 'the file is empty', at: { span: file.lineSpan(1), path: '$' } });
  } else if (!isMap(root)) {
    problems.push({ message: 'the top level must be a mapping of keys', at: { span: nodeSpan(file, root) ?? file.lineSpan(1), path: '$' } });
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
