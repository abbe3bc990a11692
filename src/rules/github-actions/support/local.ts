import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { entries, stringOf, valueOf } from './facts.js';

export interface Declared {
  name: string;
  required: boolean;
  hasDefault: boolean;
  type?: string;
}

export interface LocalAction {
  path: string;
  inputs: Map<string, Declared>;
}

export interface LocalWorkflow {
  path: string;
  callable: boolean;
  inputs: Map<string, Declared>;
  secrets: Map<string, Declared>;
  /** False when the called file declares no `secrets:` block (it may rely on `secrets: inherit`). */
  declaresSecrets: boolean;
}

const parsedTexts = new Map<string, YAMLMap | undefined>();

function rootOf(text: string): YAMLMap | undefined {
  if (parsedTexts.has(text)) return parsedTexts.get(text);
  let root: YAMLMap | undefined;
  try {
    const document = parseDocument(text, { uniqueKeys: false });
    root = document.errors.length === 0 && isMap(document.contents) ? (document.contents as YAMLMap) : undefined;
  } catch {
    root = undefined;
  }
  if (parsedTexts.size > 500) parsedTexts.clear();
  parsedTexts.set(text, root);
  return root;
}

function truthy(node: unknown): boolean {
  const text = stringOf(node);
  return text === 'true';
}

function declared(map: unknown): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const pair of entries(map)) {
    const name = String(pair.key.value);
    const type = stringOf(valueOf(pair.value, 'type'));
    out.set(name.toLowerCase(), {
      name,
      required: truthy(valueOf(pair.value, 'required')),
      hasDefault: valueOf(pair.value, 'default') !== undefined,
      ...(type ? { type } : {}),
    });
  }
  return out;
}

/** Normalises `./path/` to a repository-relative path without `./` or a trailing slash. */
export function localPath(uses: string): string {
  return uses.replace(/^\.\//, '').replace(/\/+$/, '');
}

/** The action.yml (or action.yaml) of a local action, or undefined when it is not in the repository. */
export function readLocalAction(readFile: (path: string) => string | undefined, uses: string): LocalAction | undefined {
  const dir = localPath(uses);
  for (const name of ['action.yml', 'action.yaml']) {
    const path = dir ? `${dir}/${name}` : name;
    const text = readFile(path);
    if (text === undefined) continue;
    const root = rootOf(text);
    if (!root) return undefined;
    return { path, inputs: declared(valueOf(root, 'inputs')) };
  }
  return undefined;
}

/** The `workflow_call` contract of a local reusable workflow; `null` when the file does not exist. */
export function readLocalWorkflow(
  readFile: (path: string) => string | undefined,
  uses: string,
): LocalWorkflow | null | undefined {
  const path = localPath(uses.replace(/@.*$/, ''));
  const text = readFile(path);
  if (text === undefined) return null;
  const root = rootOf(text);
  if (!root) return undefined;
  const on = valueOf(root, 'on');
  const call = isMap(on) ? valueOf(on, 'workflow_call') : undefined;
  const callable =
    call !== undefined ||
    stringOf(on) === 'workflow_call' ||
    (isSeq(on) && on.items.some((item) => stringOf(item) === 'workflow_call'));
  const secretsNode = valueOf(call, 'secrets');
  return {
    path,
    callable,
    inputs: declared(valueOf(call, 'inputs')),
    secrets: declared(secretsNode),
    declaresSecrets: isMap(secretsNode),
  };
}
