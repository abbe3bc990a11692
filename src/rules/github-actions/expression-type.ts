import { defineRule } from '../../core/rule.js';
import type { Expression, Job } from '../../domains/github-actions/index.js';
import type { ExprNode } from '../../domains/github-actions/expressions/index.js';

/** What an expression evaluates to, as far as the file tells: `any` when it does not. */
type ValueType = 'object' | 'array' | 'null' | 'string' | 'scalar' | 'any';

/** Contexts that are objects as a whole. */
const OBJECT_CONTEXTS = new Set([
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'matrix',
  'needs',
  'steps',
  'job',
  'jobs',
  'runner',
  'strategy',
]);

/** Contexts whose every property is a string (`vars.X`, `secrets.X`, `env.X`). */
const STRING_MAPS = new Set(['vars', 'secrets', 'env']);

const STRING_FUNCTIONS = new Set(['format', 'join', 'tojson', 'hashfiles']);
const BOOLEAN_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'success', 'failure', 'always', 'cancelled']);

function dataType(data: unknown): ValueType {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  if (typeof data === 'object') return 'object';
  return typeof data === 'string' ? 'string' : 'scalar';
}

/** The type `matrix.<key>` has when every value the matrix gives the key has the same kind; else `any`. */
function matrixType(job: Job | undefined, key: string): ValueType {
  const values = job?.strategy?.matrixData?.valuesOf(key);
  if (!values || values.length === 0 || values.some((value) => value.dynamic)) return 'any';
  const kinds = new Set(values.map((value) => dataType(value.data)));
  if (kinds.size !== 1) return kinds.has('object') || kinds.has('array') || kinds.has('null') ? 'any' : 'scalar';
  const [kind] = kinds;
  return kind === 'string' ? 'scalar' : kind!;
}

function typeOf(node: ExprNode, job: Job | undefined): ValueType {
  switch (node.kind) {
    case 'literal':
      return node.type === 'null' ? 'null' : node.type === 'string' ? 'string' : 'scalar';
    case 'context':
      return OBJECT_CONTEXTS.has(node.name.toLowerCase()) ? 'object' : 'any';
    case 'star':
      return 'array';
    case 'call': {
      const name = node.name.toLowerCase();
      if (STRING_FUNCTIONS.has(name)) return 'string';
      return BOOLEAN_FUNCTIONS.has(name) ? 'scalar' : 'any';
    }
    case 'not':
      return 'scalar';
    case 'binary':
      return node.op === '&&' || node.op === '||' ? 'any' : 'scalar';
    case 'index':
      return 'any';
    case 'property': {
      const object = node.object;
      const name = node.name.toLowerCase();
      if (object.kind === 'context') {
        const context = object.name.toLowerCase();
        if (STRING_MAPS.has(context)) return 'string';
        if (context === 'matrix') return matrixType(job, node.name);
        if (context === 'github') return name === 'event' ? 'object' : 'any';
        if (context === 'steps' || context === 'needs') return 'object';
        return 'any';
      }
      // `steps.<id>.outputs` and `needs.<id>.outputs` are mappings of strings.
      if (name === 'outputs' && object.kind === 'property' && object.object.kind === 'context') {
        const context = object.object.name.toLowerCase();
        if (context === 'steps' || context === 'needs') return 'object';
      }
      return 'any';
    }
    default:
      return 'any';
  }
}

/** The first property access on a value typed as a string or scalar, e.g. `vars.NAME.field`. */
function propertyOfScalar(node: ExprNode, job: Job | undefined): { node: ExprNode; on: string } | undefined {
  let found: { node: ExprNode; on: string } | undefined;
  const walk = (current: ExprNode): void => {
    if (found) return;
    switch (current.kind) {
      case 'property': {
        const type = typeOf(current.object, job);
        if (type === 'string' || type === 'scalar') {
          found = { node: current, on: type === 'string' ? 'a string' : 'a string, number or boolean' };
          return;
        }
        walk(current.object);
        return;
      }
      case 'index':
        walk(current.object);
        walk(current.index);
        return;
      case 'star':
        walk(current.object);
        return;
      case 'call':
        for (const arg of current.args) walk(arg);
        return;
      case 'not':
        walk(current.operand);
        return;
      case 'binary':
        walk(current.left);
        walk(current.right);
        return;
      default:
        return;
    }
  };
  walk(node);
  return found;
}

const DESCRIBED: Record<string, string> = { object: 'an object', array: 'an array', null: 'null' };

export default defineRule({
  meta: {
    id: 'gha/expression-type',
    domain: 'github-actions',
    description:
      'Expressions must have the type their place needs: no object, array or null pasted into a string, no property of a string.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      inTemplate:
        '`{{text}}` is {{type}}: `${{ }}` turns it into text such as "Object" or "Array", never its content. Pick a field, or use `toJSON(…)`.',
      objectRunner:
        '`{{text}}` is an object, but `runs-on` takes a label, a list of labels, or a mapping with `group`/`labels`: pick a field such as `{{text}}.<name>`.',
      propertyOfScalar: '`{{text}}` reads a property of {{on}}, which has none: the result is always empty.',
    },
    equivalents: { actionlint: ['expression'] },
  },
  create(context) {
    return {
      expression(expression: Expression) {
        const ast = expression.ast;
        if (!ast || expression.form !== 'embedded') return;
        const job = expression.job;
        const property = propertyOfScalar(ast, job);
        if (property) {
          context.report({
            at: expression.atBody(property.node.start, property.node.end),
            messageId: 'propertyOfScalar',
            data: { text: expression.body.slice(property.node.start, property.node.end).trim(), on: property.on },
          });
          return;
        }
        const type = typeOf(ast, job);
        const text = expression.body.trim();
        if (type === 'object' && expression.whole && expression.place === 'runs-on' && expression.owner === 'job') {
          context.report({ at: expression.atBody(ast.start, ast.end), messageId: 'objectRunner', data: { text } });
          return;
        }
        // A value that is the whole `${{ }}` may legitimately be an object (`env: ${{ fromJSON(…) }}`, `with:`),
        // except in a script, which is always text.
        if (
          (type === 'object' || type === 'array' || type === 'null') &&
          (!expression.whole || expression.place === 'run')
        )
          context.report({
            at: expression.atBody(ast.start, ast.end),
            messageId: 'inTemplate',
            data: { text, type: DESCRIBED[type]! },
          });
      },
    };
  },
});
