import { defineRule } from '../../core/rule.js';
import validate, { type SchemaError } from '../../data/gitlab-ci/schema-validator.js';
import type { GitlabCiModel } from '../../domains/gitlab-ci/index.js';
import { GLOBAL_KEYWORDS } from '../../domains/gitlab-ci/keywords.js';
import type { KeyPath } from '../../domains/yaml/document.js';
import { isPlainObject } from './support/util.js';

/** Where gitlab/unknown-keyword already reports unknown keys (with a "did you mean"). */
const KEYWORD_CHECKED_PARENTS = new Set(['default', 'workflow', 'artifacts', 'cache', 'environment']);
/** Keywords that only group others: their failure is explained by the errors of the branches. */
const COMBINATORS = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'then', 'else', 'not', '$ref']);

function segmentsOf(pointer: string): KeyPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

/** GitLab names places `jobs:build:artifacts:paths` (its lint's own form); globals keep their keyword. */
function gitlabPlace(path: KeyPath, data: Record<string, unknown>): string {
  if (path.length === 0) return 'root';
  const [first, ...rest] = path;
  const job = typeof first === 'string' && !GLOBAL_KEYWORDS.has(first) && first in data;
  return [...(job ? ['jobs', first] : [first]), ...rest].join(':');
}

const article = (type: string): string => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const TYPE_NAMES: Record<string, string> = {
  object: 'mapping',
  array: 'list',
  string: 'string',
  boolean: 'boolean',
  integer: 'whole number',
  number: 'number',
  null: 'null',
};

function valueText(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Keywords that only apply to one JSON type: an error from them belongs to a branch written for that type. */
const KEYWORD_TYPE: Record<string, string> = {
  required: 'object',
  additionalProperties: 'object',
  minProperties: 'object',
  minItems: 'array',
  maxItems: 'array',
  uniqueItems: 'array',
  pattern: 'string',
  minLength: 'string',
  maxLength: 'string',
  minimum: 'number',
  maximum: 'number',
  exclusiveMinimum: 'number',
  exclusiveMaximum: 'number',
};

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** One sentence for the errors of one place, in GitLab's words where it has them. */
function describe(all: SchemaError[], value: unknown): string | undefined {
  // Of the alternatives a value failed, speak of the ones written for its type (`retry: 7` is too many, not "a mapping").
  const type = jsonType(value);
  const relevant = all.filter((error) => (KEYWORD_TYPE[error.keyword] ?? type) === type && error.keyword !== 'type');
  const errors = relevant.some((error) => !COMBINATORS.has(error.keyword)) ? relevant : all;
  const by = (keyword: string) => errors.filter((error) => error.keyword === keyword);
  const allowed = [...new Set(by('enum').flatMap((error) => (error.params.allowedValues as unknown[]) ?? []))];
  const constants = by('const').map((error) => error.params.allowedValue);
  if (allowed.length + constants.length > 0) {
    const values = [...allowed, ...constants].map((item) => valueText(item));
    return `unknown value: ${valueText(value)}; expected one of ${values.join(', ')}`;
  }
  const required = [...new Set(by('required').map((error) => String(error.params.missingProperty)))];
  if (required.length > 0)
    return `config missing required keyword${required.length > 1 ? 's' : ''}: ${required.join(', ')}`;
  const unknown = [...new Set(by('additionalProperties').map((error) => String(error.params.additionalProperty)))];
  if (unknown.length > 0) return `config contains unknown keys: ${unknown.join(', ')}`;
  const types = [
    ...new Set(
      by('type').flatMap((error) =>
        String(error.params.type)
          .split(',')
          .map((type) => TYPE_NAMES[type] ?? type),
      ),
    ),
  ];
  if (types.length > 0) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && types.includes('string'))
      return `config should be ${types.map(article).join(' or ')}, not a mapping (a line with ": " must be quoted)`;
    return `config should be ${types.map(article).join(' or ')}`;
  }
  for (const error of errors) {
    const limit = error.params.limit;
    if (error.keyword === 'pattern')
      return `${valueText(value)} does not have the expected format (${error.params.pattern})`;
    if (error.keyword === 'minItems') return `config should have at least ${limit} item${limit === 1 ? '' : 's'}`;
    if (error.keyword === 'maxItems') return `config should have at most ${limit} items`;
    if (error.keyword === 'minLength') return 'config should not be empty';
    if (error.keyword === 'maxLength') return `config should be at most ${limit} characters long`;
    if (error.keyword === 'minimum' || error.keyword === 'exclusiveMinimum')
      return `config should be at least ${limit}`;
    if (error.keyword === 'maximum' || error.keyword === 'exclusiveMaximum') return `config should be at most ${limit}`;
    if (error.keyword === 'uniqueItems') return 'config should not list the same item twice';
    if (error.keyword === 'minProperties') return 'config should not be empty';
  }
  const other = errors.find((error) => !COMBINATORS.has(error.keyword));
  return other?.message;
}

/** True when the file itself writes this key path (not a merge key, an `extends` parent or an include). */
function written(model: GitlabCiModel, path: KeyPath): boolean {
  return model.document.hasIn(path);
}

/**
 * Where to report: the place itself when this file writes it; else, for a job, its `extends` (the value came from
 * the parent); else the closest part of the path the file writes.
 */
function locateIn(model: GitlabCiModel, path: KeyPath) {
  if (path.length > 1 && !written(model, path)) {
    const job = model.jobByName.get(String(path[0]));
    if (job && 'extends' in job.own) return model.locate([job.name, 'extends'], { key: true });
  }
  // A job's own problem (a missing keyword) is reported at its name.
  return model.locate(path, { key: path.length === 1 && model.jobByName.has(String(path[0])) });
}

function valueAt(data: unknown, path: KeyPath): unknown {
  let value = data;
  for (const segment of path) {
    if (Array.isArray(value) && typeof segment === 'number') value = value[segment];
    else if (isPlainObject(value)) value = value[String(segment)];
    else return undefined;
  }
  return value;
}

/** Errors another rule reports better, or that a value filled in later (an input without default) may fix. */
function leftToOthers(error: SchemaError, path: KeyPath): boolean {
  const parent = path[path.length - 1];
  if (error.keyword === 'additionalProperties') {
    // Global keys, job keys, `rules:` entries and the nested keywords gitlab/unknown-keyword knows.
    if (path.length <= 1) return true;
    if (typeof parent === 'string' && KEYWORD_CHECKED_PARENTS.has(parent)) return true;
    if (typeof parent === 'number' && path[path.length - 2] === 'rules') return true;
  }
  // A job's `when:` and a rule's are gitlab/unknown-keyword's `badWhen`.
  if (error.keyword === 'enum' && parent === 'when' && (path.length === 2 || path[path.length - 3] === 'rules'))
    return true;
  return false;
}

export default defineRule({
  meta: {
    id: 'gitlab/schema',
    domain: 'gitlab-ci',
    description:
      "Keywords whose values GitLab rejects, checked against GitLab's own CI schema after local includes, `extends`, `!reference` and input defaults are applied.",
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      invalid: '`{{place}}` {{problem}}.',
      referenceDepth:
        'Job `{{job}}` has `!reference` tags nested more than 10 levels deep, or referring back to themselves: GitLab rejects the configuration.',
      tooLarge:
        'Job `{{job}}` expands (through anchors and `!reference` tags) to more than 100,000 values: it was not checked against the schema, and GitLab would likely refuse a configuration this large.',
    },
  },
  create(context) {
    return {
      file(model: GitlabCiModel) {
        const pipeline = model.pipeline((path) => context.readFile(path));
        for (const job of pipeline.deepReferences)
          context.report({ at: model.locate([job], { key: true }), messageId: 'referenceDepth', data: { job } });
        for (const job of pipeline.oversized)
          context.report({ at: model.locate([job], { key: true }), messageId: 'tooLarge', data: { job } });
        if (validate(pipeline.data)) return;
        const byPlace = new Map<string, { path: KeyPath; errors: SchemaError[] }>();
        for (const error of validate.errors ?? []) {
          const path = segmentsOf(error.instancePath);
          if (leftToOthers(error, path)) continue;
          const job = path[0];
          // A job that extends or references what could not be read may get the missing keys from there.
          if (typeof job === 'string' && pipeline.incomplete.has(job) && error.keyword === 'required') continue;
          if ([...pipeline.dynamic].some((dynamic) => `${error.instancePath}/`.startsWith(`${dynamic}/`))) continue;
          const entry = byPlace.get(error.instancePath) ?? { path, errors: [] };
          entry.errors.push(error);
          byPlace.set(error.instancePath, entry);
        }
        // The deepest place that can be put in words explains its ancestors (a wrong `when` fails the job's `oneOf`).
        const described = new Map<string, { path: KeyPath; problem: string }>();
        for (const [pointer, { path, errors }] of byPlace) {
          const problem = describe(errors, valueAt(pipeline.data, path));
          if (problem) described.set(pointer, { path, problem });
        }
        const pointers = [...described.keys()];
        for (const [pointer, { path, problem }] of described) {
          if (pointers.some((other) => other !== pointer && other.startsWith(`${pointer}/`))) continue;
          context.report({
            at: locateIn(model, path),
            messageId: 'invalid',
            data: { place: gitlabPlace(path, pipeline.data), problem },
          });
        }
      },
    };
  },
});
