import type { RuleContext, RunWork } from '../../../core/rule.js';
import type { TerraformFile, TfAttribute, TfBlock, TfExpression } from '../../../domains/terraform/index.js';

/** What `valueOf` answers for an expression whose value the configuration alone does not fix. */
export const UNKNOWN: unique symbol = Symbol('unknown value');
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value } | typeof UNKNOWN;

/** Deeper chains of `local` → `var` → `local` are not followed (and a cycle ends here). */
const MAX_RESOLVE_DEPTH = 16;

/**
 * The files of one folder read together, as Terraform reads them: one module. Variables' defaults and locals are
 * resolved where they are literal, so `storage_encrypted = var.encrypted` with `default = false` counts as false.
 */
export class TerraformModule {
  readonly variables = new Map<string, TfBlock>();
  readonly locals = new Map<string, TfAttribute>();
  private readonly byType = new Map<string, TfBlock[]>();
  private readonly resourcesByType = new Map<string, TfBlock[]>();
  /** Per companion type: resource address → the resources of that type that refer to it. */
  private readonly referrers = new Map<string, Map<string, TfBlock[]>>();
  private readonly memos = new Map<string, unknown>();
  private anchorFile: TerraformFile | undefined;

  constructor(
    readonly folder: string,
    /** Sorted by path. */
    readonly files: readonly TerraformFile[],
  ) {
    for (const file of files) {
      for (const block of file.blocks) {
        const list = this.byType.get(block.type);
        if (list) list.push(block);
        else this.byType.set(block.type, [block]);
        if (block.type === 'resource') {
          const type = block.labels[0] ?? '';
          const same = this.resourcesByType.get(type);
          if (same) same.push(block);
          else this.resourcesByType.set(type, [block]);
        }
        if (block.type === 'variable' && block.labels[0]) this.variables.set(block.labels[0], block);
        if (block.type === 'locals') for (const [name, attribute] of block.attributes) this.locals.set(name, attribute);
      }
    }
  }

  /** Top-level blocks of a type (`resource`, `provider`, …) across the module's files. */
  blocks(type: string): TfBlock[] {
    return this.byType.get(type) ?? [];
  }

  /** Resources of one or more resource types. */
  resources(...types: string[]): TfBlock[] {
    if (types.length === 1) return this.resourcesByType.get(types[0]!) ?? [];
    return types.flatMap((type) => this.resourcesByType.get(type) ?? []);
  }

  /**
   * A fact about the whole module, worked out once: every file of the module asks for it, so computing it per file
   * would cost the number of files times the size of the module.
   */
  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  /** The file a finding about the module as a whole goes to: the one with a `terraform` block, else the first. */
  get anchor(): TerraformFile {
    this.anchorFile ??=
      this.files.find((file) => file.blocks.some((block) => block.type === 'terraform')) ?? this.files[0]!;
    return this.anchorFile;
  }

  /**
   * A root module is one Terraform is run in: it configures a provider or a backend. A reusable module (called by
   * others) configures neither, so backend rules leave it alone.
   */
  get isRoot(): boolean {
    if (this.blocks('provider').length > 0) return true;
    return this.blocks('terraform').some((block) =>
      block.blocks.some((b) => b.type === 'backend' || b.type === 'cloud'),
    );
  }

  /** The expression a `var.x` / `local.y` reference stands for, followed while it is one; others as they are. */
  resolve(expression: TfExpression, depth = 0): TfExpression {
    if (expression.kind !== 'reference' || depth > MAX_RESOLVE_DEPTH) return expression;
    const [name] = expression.names;
    if (expression.names.length !== 1 || !name) return expression;
    if (expression.root === 'var') {
      const fallback = this.variables.get(name)?.attributes.get('default')?.value;
      return fallback ? this.resolve(fallback, depth + 1) : expression;
    }
    if (expression.root === 'local') {
      const local = this.locals.get(name)?.value;
      return local ? this.resolve(local, depth + 1) : expression;
    }
    return expression;
  }

  /** The value of an expression where literals, variables' defaults and locals fix it; UNKNOWN otherwise. */
  valueOf(expression: TfExpression | undefined, depth = 0): Value {
    if (!expression || depth > MAX_RESOLVE_DEPTH) return UNKNOWN;
    const resolved = this.resolve(expression, depth);
    switch (resolved.kind) {
      case 'string':
      case 'number':
      case 'bool':
        return resolved.value;
      case 'null':
        return null;
      case 'tuple': {
        const items = resolved.items.map((item) => this.valueOf(item, depth + 1));
        return items.includes(UNKNOWN) ? UNKNOWN : items;
      }
      case 'object': {
        const object: Record<string, Value> = {};
        for (const entry of resolved.entries) {
          const value = this.valueOf(entry.value, depth + 1);
          if (entry.key === undefined || value === UNKNOWN) return UNKNOWN;
          object[entry.key] = value;
        }
        return object;
      }
      case 'template': {
        let text = '';
        for (const part of resolved.parts) {
          const value = typeof part === 'string' ? part : this.valueOf(part, depth + 1);
          if (value === UNKNOWN || (typeof value === 'object' && value !== null)) return UNKNOWN;
          text += String(value);
        }
        return text;
      }
      case 'call':
        return this.callValue(resolved.name, resolved.args, depth);
      default:
        return UNKNOWN;
    }
  }

  /** The few functions whose result a policy or a tag map is commonly written with. */
  private callValue(name: string, args: TfExpression[], depth: number): Value {
    const values = args.map((arg) => this.valueOf(arg, depth + 1));
    if (values.includes(UNKNOWN)) return UNKNOWN;
    if (name === 'jsonencode' && values.length === 1) return JSON.stringify(values[0]);
    if ((name === 'tolist' || name === 'toset' || name === 'tomap') && values.length === 1) return values[0]!;
    if (name === 'merge' && values.every((value) => isObject(value))) {
      return Object.assign({}, ...(values as Record<string, Value>[]));
    }
    return UNKNOWN;
  }

  /** The value of a block's attribute; `absent` when the block does not set it. */
  attributeValue(block: TfBlock, name: string): Value | 'absent' {
    const attribute = block.attributes.get(name);
    return attribute ? this.valueOf(attribute.value) : 'absent';
  }

  /** True when the expression is, or resolves to, the literal `value`. */
  is(expression: TfExpression | undefined, value: string | number | boolean): boolean {
    const resolved = this.valueOf(expression);
    return resolved === value || (typeof value === 'boolean' && resolved === String(value));
  }

  /** Resources of the given types whose body refers to `block` (`bucket = aws_s3_bucket.logs.id`). */
  referencing(block: TfBlock, ...types: string[]): TfBlock[] {
    const address = `${block.labels[0]}.${block.labels[1]}`;
    return types.flatMap((type) => this.referrersOf(type).get(address) ?? []);
  }

  private referrersOf(type: string): Map<string, TfBlock[]> {
    let index = this.referrers.get(type);
    if (!index) {
      index = new Map();
      for (const candidate of this.resources(type)) {
        for (const address of new Set(referencesIn(candidate))) {
          const list = index.get(address);
          if (list) list.push(candidate);
          else index.set(address, [candidate]);
        }
      }
      this.referrers.set(type, index);
    }
    return index;
  }
}

export function isObject(value: unknown): value is { [key: string]: Value } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every reference in the block's attributes, nested blocks included. */
export function referencesIn(block: TfBlock, into: string[] = []): string[] {
  for (const attribute of block.attributes.values())
    for (const reference of attribute.value.references) into.push(reference);
  for (const child of block.blocks) referencesIn(child, into);
  return into;
}

/** The run's Terraform files by folder, gathered as files are walked and read as modules once all are. */
class ModuleIndex implements RunWork {
  private readonly folders = new Map<string, Map<string, TerraformFile>>();
  private readonly modules = new Map<string, TerraformModule>();

  add(file: TerraformFile): void {
    let files = this.folders.get(file.folder);
    if (!files) {
      files = new Map();
      this.folders.set(file.folder, files);
    }
    files.set(file.path, file);
  }

  settle(): void {}

  moduleOf(file: TerraformFile): TerraformModule {
    let module = this.modules.get(file.folder);
    if (!module) {
      const files = [...(this.folders.get(file.folder)?.values() ?? [file])].sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
      );
      module = new TerraformModule(file.folder, files);
      this.modules.set(file.folder, module);
    }
    return module;
  }
}

const MODULES = Symbol('terraform modules');

/**
 * Calls `check` with the file's module once every file of the run has been walked: a resource in main.tf and the
 * variable defaults or bucket settings in other files of its folder are judged together. `check` reports on the
 * current file only.
 */
export function inModule(
  context: RuleContext<TerraformFile>,
  check: (module: TerraformModule, file: TerraformFile) => void,
): void {
  const index = context.shared(MODULES, () => new ModuleIndex());
  const file = context.model;
  index.add(file);
  context.defer(() => check(index.moduleOf(file), file));
}

/** Top-level blocks of the current file that are resources of the given types. */
export function resourcesIn(file: TerraformFile, ...types: string[]): TfBlock[] {
  return file.blocks.filter((block) => block.type === 'resource' && types.includes(block.labels[0]!));
}
