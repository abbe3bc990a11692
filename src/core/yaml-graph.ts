/**
 * YAML documents as a graph: aliases linked once to their anchored nodes, with the bounds that keep every walk over
 * a document finite (no cycles, bounded expansion and depth). Shared by the YAML domains (domains/yaml/document.ts)
 * and by the YAML the tool reads for itself (its config, the security config).
 */
import {
  Composer,
  type CST,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type LineCounter,
  Parser,
  type Alias,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';

/**
 * How many nodes aliases may add to one document when every alias is counted as a copy of its anchor. Rules walk a
 * document as if it were expanded (a rule on `env:` sees what `env: *e` stands for), so this bounds their work:
 * 3,000 steps sharing a ten-line `env` add 30,000; an alias bomb (or one 5,000-key anchor used 5,000 times, 25 million)
 * is refused as a syntax problem instead.
 */
export const MAX_ALIAS_EXPANSION = 250_000;

/**
 * The deepest nesting of collections a document may have, aliases expanded: GitLab's own limit (max_yaml_depth, 150
 * since 17.x: https://gitlab.com/gitlab-org/gitlab/-/issues/370116). Every walk over a document (the composer, the
 * domain models, rules) may then recurse without running out of stack.
 */
export const MAX_DEPTH = 150;

/** The offset of the first collection token nested deeper than MAX_DEPTH, found without recursion. */
export function deepCollection(tokens: CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.type === 'document' && token.value) stack.push([token.value, 1]);
  }
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth > MAX_DEPTH) return token.offset;
    const items = token.items as CST.CollectionItem[];
    // Pushed last to first, so the first too-deep collection in the text is the one found.
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!;
      if (item.value) stack.push([item.value, depth + 1]);
      if (item.key) stack.push([item.key, depth + 1]);
    }
  }
  return undefined;
}

/** The node an alias stands for, set on the alias by checkDocument. */
const TARGET = Symbol('shipshape.alias-target');
type LinkedAlias = Alias & { [TARGET]?: Node };

/** A subtree as if its aliases were expanded: how many nodes, and how many levels of collections. */
interface Extent {
  size: number;
  height: number;
}

const LEAF: Extent = { size: 1, height: 0 };

/** A collection being walked by checkDocument: its children (keys and values of pairs in order) and its extent so far. */
interface Frame {
  node: YAMLMap | YAMLSeq;
  depth: number;
  children: unknown[];
  next: number;
  /** Values of merge keys (`<<: …`), checked when reached: the anchors they name are known by then. */
  merges: Set<unknown> | undefined;
  size: number;
  height: number;
}

export interface DocumentProblem {
  node: Node;
  message: string;
}

/**
 * Links every alias of a composed document to the node its anchor names, in one walk in document order without
 * recursion, so that every consumer shares the anchored node (nothing is copied or expanded). The same walk measures
 * what the aliases would expand to and stops at the first problem: an alias inside the node it refers to (a cycle),
 * an alias with no anchor before it, an expansion beyond MAX_ALIAS_EXPANSION nodes or MAX_DEPTH levels, a merge key
 * (`<<`) whose value is not a mapping, a key repeated in a mapping. Merge keys, which yaml reads as a Symbol, become
 * the string '<<' (merging still works), so every consumer can treat keys as strings.
 */
export function checkDocument(document: Document.Parsed): DocumentProblem | undefined {
  const root = document.contents as unknown;
  if (!isMap(root) && !isSeq(root)) return root && isAlias(root) ? missing(root) : undefined;
  /** The last node seen with each anchor name: what an alias written after it refers to. */
  const anchors = new Map<string, Node>();
  /** Anchored collections still being walked: an alias to one of them is inside it. */
  const open = new Set<Node>();
  const extents = new Map<Node, Extent>();
  let added = 0;
  let problem: DocumentProblem | undefined;
  const stack: Frame[] = [];

  const isMergeSource = (value: unknown): boolean =>
    isMap(value) || (isAlias(value) && isMap(anchors.get(value.source)));
  /** The extent of a leaf or an alias; a collection gets a frame (and undefined). */
  const enter = (node: unknown, depth: number, merge: boolean): Extent | undefined => {
    if (merge && !isMergeSource(node) && !(isSeq(node) && node.items.every(isMergeSource))) {
      problem = { node: node as Node, message: 'Merge sources must be maps or map aliases' };
      return LEAF;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) {
        problem = missing(node);
        return LEAF;
      }
      const name = node.source;
      if (open.has(target)) {
        problem = {
          node,
          message: `the alias \`*${name}\` is inside the node anchored \`&${name}\` that it refers to: a cycle that never ends`,
        };
        return LEAF;
      }
      (node as LinkedAlias)[TARGET] = target;
      const extent = extents.get(target) ?? LEAF;
      added += extent.size;
      if (added > MAX_ALIAS_EXPANSION) {
        const size = extent.size.toLocaleString('en-US');
        problem = {
          node,
          message: `aliases expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes (\`*${name}\` repeats the ${size}-node anchor \`&${name}\`): refusing a possible alias bomb`,
        };
      } else if (depth - 1 + extent.height > MAX_DEPTH) {
        problem = {
          node,
          message: `\`*${name}\` nests the anchor \`&${name}\` deeper than ${MAX_DEPTH} levels of collections`,
        };
      }
      return extent;
    }
    if (isMap(node) || isSeq(node)) {
      if (node.anchor) {
        anchors.set(node.anchor, node);
        open.add(node);
      }
      if (depth > MAX_DEPTH) {
        problem = { node, message: `collections nested deeper than ${MAX_DEPTH} levels` };
        return LEAF;
      }
      const children: unknown[] = [];
      let merges: Set<unknown> | undefined;
      const keys = isMap(node) ? new Set<unknown>() : undefined;
      for (const item of node.items as unknown[]) {
        if (!isPair(item)) {
          children.push(item);
          continue;
        }
        const key = item.key;
        if (keys && isScalar(key)) {
          // As yaml compares keys: equal scalar values (a second merge key too), not equal text (`1` and `'1'` differ).
          if (keys.has(key.value)) {
            problem = { node: key, message: 'Map keys must be unique' };
            return LEAF;
          }
          keys.add(key.value);
        }
        if (isScalar(key) && typeof key.value === 'symbol') {
          key.value = '<<';
          (merges ??= new Set()).add(item.value);
        }
        children.push(key, item.value);
      }
      stack.push({ node, depth, children, next: 0, merges, size: 1, height: 1 });
      return undefined;
    }
    if (isScalar(node) && node.anchor) {
      anchors.set(node.anchor, node);
      extents.set(node, LEAF);
    }
    return node === null || node === undefined ? { size: 0, height: 0 } : LEAF;
  };

  enter(root, 1, false);
  while (stack.length > 0 && !problem) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      const extent = enter(child, frame.depth + 1, frame.merges?.has(child) === true && frame.next % 2 === 0);
      if (extent) add(frame, extent);
      continue;
    }
    stack.pop();
    const extent: Extent = { size: frame.size, height: frame.height };
    if (frame.node.anchor) {
      extents.set(frame.node, extent);
      open.delete(frame.node);
    }
    const parent = stack[stack.length - 1];
    if (parent) add(parent, extent);
  }
  return problem;
}

function add(frame: Frame, extent: Extent): void {
  frame.size += extent.size;
  if (extent.height + 1 > frame.height) frame.height = extent.height + 1;
}

function missing(alias: Alias): DocumentProblem {
  return { node: alias, message: `the alias \`*${alias.source}\` has no anchor \`&${alias.source}\` before it` };
}

/**
 * The node an alias stands for, as linked by parseYaml (the anchored node itself, shared by every alias to it); any
 * other node as it is. An alias in a document parseYaml refused (or never saw) stands for nothing: null.
 */
export function deref(node: unknown): Node | null {
  if (isAlias(node)) return (node as LinkedAlias)[TARGET] ?? null;
  return (node as Node | null | undefined) ?? null;
}

/**
 * Converts a document to plain data with merge keys applied. Each anchored node is converted once and every alias
 * to it shares the result, so the data is a graph no larger than the document (treat it as read-only); each call
 * makes new objects. parseYaml has refused cycles and expansions beyond MAX_DEPTH, so the recursion is bounded.
 * `sequence` may replace a sequence's value (GitLab's `!reference [...]`).
 */
export function toData(document: Document.Parsed, sequence?: (node: YAMLSeq, items: unknown[]) => unknown): unknown {
  const converted = new Map<Node, unknown>();
  const convert = (node: unknown): unknown => {
    if (isAlias(node)) {
      const target = deref(node);
      return target ? convert(target) : null;
    }
    if (isScalar(node)) return node.value;
    if (!isSeq(node) && !isMap(node)) return null;
    if (!node.anchor) return collection(node);
    // An anchored collection: converted once, where it is written, and shared by its aliases.
    if (!converted.has(node)) converted.set(node, collection(node));
    return converted.get(node);
  };
  const collection = (node: YAMLSeq | YAMLMap): unknown => {
    if (isSeq(node)) {
      const items = node.items.map(convert);
      return sequence ? sequence(node, items) : items;
    }
    const own: Record<string, unknown> = {};
    const merged: Record<string, unknown>[] = [];
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(convert(pair.key));
      const value = convert(pair.value);
      if (key === '<<' && isScalar(pair.key) && pair.key.type !== 'QUOTE_DOUBLE' && pair.key.type !== 'QUOTE_SINGLE') {
        for (const source of Array.isArray(value) ? value : [value]) if (isRecord(source)) merged.push(source);
      } else {
        own[key] = value;
      }
    }
    // Explicit keys win over merged ones; earlier merge sources win over later ones.
    return merged.length > 0 ? Object.assign({}, ...merged.reverse(), own) : own;
  };
  return convert(document.contents);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** YAML the tool reads for itself, as data: the document (for positions) and its value, or the first problem. */
export type LoadedYaml =
  | { ok: true; document: Document.Parsed; data: unknown }
  | { ok: false; message: string; offset: number };

/**
 * Parses one YAML document to data within the same bounds as the files it checks: nesting deeper than MAX_DEPTH is
 * refused before the composer recurses into it, and cycles, alias bombs and bad merges are refused before anything
 * walks the data. Merge keys (`<<`) are merged. Offsets are 0-based; `lineCounter` learns the line starts.
 */
export function loadYaml(text: string, lineCounter?: LineCounter): LoadedYaml {
  const tokens = Array.from(new Parser(lineCounter?.addNewLine).parse(text));
  const tooDeepAt = deepCollection(tokens);
  if (tooDeepAt !== undefined)
    return { ok: false, message: `collections nested deeper than ${MAX_DEPTH} levels`, offset: tooDeepAt };
  const documents = Array.from(new Composer({ uniqueKeys: false, prettyErrors: false, merge: true }).compose(tokens));
  const document = documents[0];
  if (!document)
    return { ok: true, document: new Composer().compose([], true).next().value as Document.Parsed, data: null };
  const error = document.errors[0];
  if (error) return { ok: false, message: error.message.split('\n')[0]!, offset: error.pos[0] };
  if (documents.length > 1)
    return { ok: false, message: 'more than one YAML document', offset: documents[1]!.range[0] };
  const problem = checkDocument(document);
  if (problem) return { ok: false, message: problem.message, offset: problem.node.range?.[0] ?? 0 };
  return { ok: true, document, data: toData(document) };
}
