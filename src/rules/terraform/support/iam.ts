import type { Locatable } from '../../../core/finding.js';
import {
  blocksOf,
  type TfAttribute,
  type TfBlock,
  type TfExpression,
  type TerraformFile,
} from '../../../domains/terraform/index.js';
import { isObject, resourcesIn, type TerraformModule, UNKNOWN, type Value } from './module.js';

/** One `Allow` statement's actions and resources, each with where to point at. */
export interface PolicyStatement {
  actions: { value: string; at: Locatable }[];
  resources: { value: string; at: Locatable }[];
  /** `NotAction` / `not_actions`: allows everything but the listed actions. */
  notActions: { at: Locatable }[];
}

/** Resources whose `policy` is an identity policy (what a user, group or role may do). */
const POLICY_RESOURCES = ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy'];

const strings = (value: unknown): string[] | undefined => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  return undefined;
};

/** Statements of a policy written as `jsonencode({ … })`: each entry keeps its own position. */
function fromExpression(
  module: TerraformModule,
  expression: TfExpression,
  fallback: Locatable,
): PolicyStatement[] | undefined {
  const resolved = module.resolve(expression);
  if (resolved.kind !== 'call' || resolved.name !== 'jsonencode' || resolved.args[0]?.kind !== 'object')
    return undefined;
  const document = resolved.args[0];
  const statementEntry = document.entries.find((entry) => entry.key === 'Statement');
  if (!statementEntry) return [];
  const list = module.resolve(statementEntry.value);
  const items = list.kind === 'tuple' ? list.items : [list];
  const statements: PolicyStatement[] = [];
  for (const item of items) {
    const statement = module.resolve(item);
    if (statement.kind !== 'object') {
      // Not written out here (a reference, a `for`): read its value instead.
      const value = module.valueOf(statement);
      if (isObject(value)) statements.push(...fromJson({ Statement: [value] }, fallback));
      continue;
    }
    const field = (name: string) => statement.entries.find((entry) => entry.key === name)?.value;
    const effect = module.valueOf(field('Effect'));
    if (effect !== 'Allow' && effect !== UNKNOWN) continue;
    const listOf = (name: string) => {
      const expression = field(name);
      if (!expression) return [];
      const resolved = module.resolve(expression);
      const parts = resolved.kind === 'tuple' ? resolved.items : [resolved];
      return parts.flatMap((part) => {
        const value = module.valueOf(part);
        return typeof value === 'string' ? [{ value, at: part }] : [];
      });
    };
    const notAction = field('NotAction');
    statements.push({
      actions: listOf('Action'),
      resources: listOf('Resource'),
      notActions: notAction ? [{ at: notAction }] : [],
    });
  }
  return statements;
}

/** Statements of a policy given as JSON text (a heredoc, a file read with `file()` is not followed). */
function fromJson(document: Value, at: Locatable): PolicyStatement[] {
  if (!isObject(document)) return [];
  const raw = document.Statement;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const statements: PolicyStatement[] = [];
  for (const statement of list) {
    if (!isObject(statement) || statement.Effect !== 'Allow') continue;
    statements.push({
      actions: (strings(statement.Action ?? []) ?? []).map((value) => ({ value, at })),
      resources: (strings(statement.Resource ?? []) ?? []).map((value) => ({ value, at })),
      notActions: statement.NotAction === undefined ? [] : [{ at }],
    });
  }
  return statements;
}

function fromPolicyAttribute(module: TerraformModule, attribute: TfAttribute): PolicyStatement[] {
  const written = fromExpression(module, attribute.value, attribute);
  if (written) return written;
  const value = module.valueOf(attribute.value);
  if (typeof value !== 'string') return [];
  try {
    return fromJson(JSON.parse(value) as Value, attribute);
  } catch {
    return [];
  }
}

/** `data "aws_iam_policy_document"`: one statement per `statement` block, `effect` defaulting to Allow. */
function fromDocument(module: TerraformModule, document: TfBlock): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  for (const statement of blocksOf(document, 'statement')) {
    const effect = module.attributeValue(statement, 'effect');
    if (effect !== 'absent' && effect !== 'Allow' && effect !== UNKNOWN) continue;
    const listOf = (name: string) => {
      const attribute = statement.attributes.get(name);
      if (!attribute) return [];
      const resolved = module.resolve(attribute.value);
      const parts = resolved.kind === 'tuple' ? resolved.items : [resolved];
      return parts.flatMap((part) => {
        const value = module.valueOf(part);
        return typeof value === 'string' ? [{ value, at: part as Locatable }] : [];
      });
    };
    const notActions = statement.attributes.get('not_actions');
    statements.push({
      actions: listOf('actions'),
      resources: listOf('resources'),
      notActions: notActions ? [{ at: notActions }] : [],
    });
  }
  return statements;
}

/** Every identity-policy `Allow` statement written in the current file. */
export function allowStatementsIn(module: TerraformModule, file: TerraformFile): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  for (const resource of resourcesIn(file, ...POLICY_RESOURCES)) {
    const policy = resource.attributes.get('policy');
    if (policy) statements.push(...fromPolicyAttribute(module, policy));
  }
  for (const role of resourcesIn(file, 'aws_iam_role')) {
    for (const inline of blocksOf(role, 'inline_policy')) {
      const policy = inline.attributes.get('policy');
      if (policy) statements.push(...fromPolicyAttribute(module, policy));
    }
  }
  for (const block of file.blocks) {
    if (block.type === 'data' && block.labels[0] === 'aws_iam_policy_document')
      statements.push(...fromDocument(module, block));
  }
  return statements;
}
