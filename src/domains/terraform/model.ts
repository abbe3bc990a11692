import type { Span } from '../../core/finding.js';

/** What every node of the model carries: where it is, and a logical path that survives edits (fingerprints). */
export interface TfNode {
  span: Span;
  /** Character offsets in the file's text, end exclusive. */
  start: number;
  end: number;
  /** e.g. `resource.aws_s3_bucket.logs.versioning[0].enabled` */
  path: string;
}

/**
 * An expression. Literals keep their value; everything the model does not evaluate (calls, conditionals, `for`,
 * operators, splats) is `other` with its text. `references` lists every `var.x`, `local.y`, `aws_s3_bucket.b`, …
 * traversal inside, as dotted names of at most three parts (`data.aws_iam_policy_document.x`).
 */
export type TfExpression = TfNode & { text: string; references: string[] } & (
    | { kind: 'string'; value: string }
    | { kind: 'template'; parts: (string | TfExpression)[] }
    | { kind: 'number'; value: number }
    | { kind: 'bool'; value: boolean }
    | { kind: 'null' }
    | { kind: 'tuple'; items: TfExpression[] }
    | { kind: 'object'; entries: TfObjectEntry[] }
    | { kind: 'reference'; root: string; names: string[] }
    | { kind: 'call'; name: string; args: TfExpression[] }
    | { kind: 'other' }
  );

export interface TfObjectEntry {
  /** The key as written when it is a name or a literal string; undefined for a computed key. */
  key: string | undefined;
  keyExpression: TfExpression;
  value: TfExpression;
}

export interface TfAttribute extends TfNode {
  name: string;
  /** The file the attribute is in (repository-relative). */
  file: string;
  nameSpan: Span;
  value: TfExpression;
}

export interface TfBlock extends TfNode {
  /** `resource`, `variable`, `ingress`, … */
  type: string;
  labels: string[];
  /** The span of the whole block, header to closing brace (`span` is the header: what a finding points at). */
  whole: Span;
  attributes: Map<string, TfAttribute>;
  blocks: TfBlock[];
  /** The file the block is in (repository-relative). */
  file: string;
  parent: TfBlock | undefined;
}

/** One `.tf` or `.tf.json` file. */
export interface TerraformFile {
  path: string;
  /** The module's folder: files of one folder form one module. `''` at the repository root. */
  folder: string;
  format: 'hcl' | 'json';
  blocks: TfBlock[];
  /** Attributes outside any block (valid in `.tfvars`, an error in a `.tf` that Terraform itself reports). */
  attributes: Map<string, TfAttribute>;
}

/** Top-level block types of the Terraform language, each with its hook. */
export const TOP_LEVEL_BLOCKS = [
  'terraform',
  'provider',
  'resource',
  'data',
  'module',
  'variable',
  'locals',
  'output',
] as const;
export type TopLevelBlock = (typeof TOP_LEVEL_BLOCKS)[number];

/** Nested blocks of a type, in order. */
export function blocksOf(block: TfBlock, type: string): TfBlock[] {
  return block.blocks.filter((child) => child.type === type);
}

/** The first nested block of a type. */
export function blockOf(block: TfBlock, type: string): TfBlock | undefined {
  return block.blocks.find((child) => child.type === type);
}

/** `resource.aws_s3_bucket.logs` → the address other blocks reference it by (`aws_s3_bucket.logs`). */
export function addressOf(block: TfBlock): string {
  if (block.type === 'resource') return block.labels.join('.');
  if (block.type === 'data') return `data.${block.labels.join('.')}`;
  if (block.type === 'module') return `module.${block.labels[0]}`;
  if (block.type === 'variable') return `var.${block.labels[0]}`;
  return [block.type, ...block.labels].join('.');
}
