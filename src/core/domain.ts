import type { Locatable } from './finding.js';
import type { DomainId } from './rule.js';
import type { SourceFile } from './source.js';

export interface Comment {
  /** 1-based line of the comment. */
  line: number;
  /** The comment's text after `#`, trimmed. */
  text: string;
  /** True when code precedes the comment on its line. */
  trailing: boolean;
}

export interface SyntaxProblem {
  message: string;
  at: Locatable;
}

/**
 * `ok: true` with `problems`: the file has syntax errors the parser recovered from (an instruction before the first
 * `FROM`, an unknown keyword skipped); the engine reports them and still runs every rule on the model, so one error
 * does not hide every other finding.
 */
export type ParseResult<Model> =
  | { ok: true; model: Model; comments: Comment[]; problems?: SyntaxProblem[] }
  | { ok: false; problems: SyntaxProblem[]; comments: Comment[] };

/** Calls the handlers of a hook with its node; only the hooks of the domain's map, each with its node type. */
export type Emit<Hooks> = <Hook extends keyof Hooks & string>(hook: Hook, node: Hooks[Hook]) => void;

/**
 * What the engine needs of a file type: how to parse it once and how to walk it once. `Hooks` is the map of hook
 * name → node that the walk emits, the same map rules are typed by (DomainHookMaps in core/rule.ts).
 */
export interface Domain<Model = any, Hooks = any> {
  id: DomainId;
  parse(file: SourceFile): ParseResult<Model>;
  /** Calls `emit(hook, node)` for every node, in document order, then `emit('exit', model)`. */
  walk(model: Model, emit: Emit<Hooks>): void;
}
