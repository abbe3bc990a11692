import type { GitlabCiModel, GitlabInclude } from './model.js';
import { UnresolvedReference } from './model.js';
import { deepMerge, isPlainObject, localIncludeCandidates, parseIncluded } from './parse.js';
import { GLOBAL_KEYWORDS } from './keywords.js';

type Data = Record<string, unknown>;

/** What GitLab would validate for one file, as far as this repository shows it. */
export interface ResolvedPipeline {
  /**
   * Global keywords (this file's over its local includes', GitLab's merge) and this file's own jobs with `extends`
   * merged (through jobs of included files too), `!reference` resolved and `$[[ inputs.x ]]` replaced by the input's
   * default. Jobs of included files are not here: each file's jobs are checked in that file.
   */
  data: Data;
  /** This file's jobs whose `extends` or `!reference` reach something that could not be read. */
  incomplete: Set<string>;
  /** Includes that were not read (remote, project, template, component, or a local path with a glob or variable). */
  unresolved: GitlabInclude[];
  /** Key paths (joined with `/`) whose value still holds an input without a default: their final value is unknown. */
  dynamic: Set<string>;
  /** This file's jobs that expand (through shared anchors and references) to more values than are checked. */
  oversized: string[];
  /** This file's jobs with `!reference` tags nested deeper than GitLab follows (10 levels), or in a loop. */
  deepReferences: string[];
}

/** How far GitLab follows includes and `extends` (its limits: 150 includes, 11 levels of extends). */
const MAX_INCLUDES = 150;
const MAX_EXTENDS_DEPTH = 11;
const MAX_REFERENCE_DEPTH = 10;
/** Values one job may expand to and still be validated: a real job has hundreds; a fan-out of references billions. */
const MAX_JOB_VALUES = 100_000;

const INPUT = /\$\[\[\s*inputs\.([A-Za-z0-9_-]+)\s*\]\]/g;

/** Reads this file's local includes (and theirs), in include order; stops at cycles and at GitLab's limit. */
function readIncludes(
  model: GitlabCiModel,
  readFile: (path: string) => string | undefined,
): { files: GitlabCiModel[]; unresolved: GitlabInclude[] } {
  const files: GitlabCiModel[] = [];
  const unresolved: GitlabInclude[] = [];
  const seen = new Set<string>([model.file.path]);
  const visit = (includes: GitlabInclude[], top: boolean): void => {
    for (const include of includes) {
      if (include.kind !== 'local' || /[*$]/.test(include.value)) {
        if (top) unresolved.push(include);
        continue;
      }
      if (seen.size > MAX_INCLUDES) continue;
      let path = '';
      let text: string | undefined;
      for (const candidate of localIncludeCandidates(model.file.path, include.value)) {
        path = candidate;
        text = readFile(candidate);
        if (text !== undefined) break;
      }
      // A missing local include is gitlab/missing-local-include's finding; an unreadable one adds nothing.
      if (text === undefined || seen.has(path)) continue;
      seen.add(path);
      const parsed = parseIncluded(path, text);
      if (!parsed.ok) continue;
      // Included files first, so that their own includes come before them (GitLab merges depth-first).
      visit(parsed.model.includes, false);
      files.push(parsed.model);
    }
  };
  visit(model.includes, true);
  return { files, unresolved };
}

/** Replaces `$[[ inputs.x ]]` by defaults; a whole-value reference keeps the default's type, as GitLab does. */
function interpolate(
  value: unknown,
  defaults: Map<string, unknown>,
  path: string,
  dynamic: Set<string>,
  done: Map<object, unknown>,
): unknown {
  if (typeof value === 'string') {
    if (!value.includes('$[[')) return value;
    const whole = /^\$\[\[\s*inputs\.([A-Za-z0-9_-]+)\s*\]\]$/.exec(value);
    if (whole && defaults.has(whole[1]!)) return defaults.get(whole[1]!);
    let unknown = false;
    const text = value.replace(INPUT, (match, name: string) => {
      if (!defaults.has(name)) {
        unknown = true;
        return match;
      }
      return String(defaults.get(name));
    });
    // `$[[ inputs.x | expand_vars ]]` and inputs without a default: the value is only known when included.
    if (unknown || text.includes('$[[')) dynamic.add(path);
    return text;
  }
  if (typeof value !== 'object' || value === null || value instanceof UnresolvedReference) return value;
  const cached = done.get(value);
  if (cached !== undefined) return cached;
  let out: unknown;
  if (Array.isArray(value))
    out = value.map((item, index) => interpolate(item, defaults, `${path}/${index}`, dynamic, done));
  else {
    const copy: Data = {};
    for (const [key, item] of Object.entries(value))
      copy[key] = interpolate(item, defaults, `${path}/${key}`, dynamic, done);
    out = copy;
  }
  done.set(value, out);
  return out;
}

interface Resolution {
  value: unknown;
  /** A `!reference` below could not be resolved (it points outside what was read, or loops). */
  missing: boolean;
  /** A `!reference` below nests deeper than GitLab follows (10 levels), or loops. */
  tooDeep: boolean;
}

/**
 * Resolves the `!reference` markers left by the file's own pass against the merged configuration. The data is a
 * graph (anchors and resolved references are shared, not copied), so each shared object is resolved once: a
 * fan-out of references stays as small as it is written.
 */
function resolveReferences(value: unknown, root: Data, memo: Map<object, Resolution>, depth = 0): Resolution {
  if (value instanceof UnresolvedReference) {
    let target: unknown = root;
    for (const segment of value.target) {
      if (!isPlainObject(target) || !(segment in target)) return { value: undefined, missing: true, tooDeep: false };
      target = target[segment];
    }
    // GitLab follows nested `!reference` tags 10 levels deep; a cycle ends here too.
    if (depth >= MAX_REFERENCE_DEPTH) return { value: undefined, missing: true, tooDeep: true };
    return resolveReferences(target, root, memo, depth + 1);
  }
  if (typeof value !== 'object' || value === null) return { value, missing: false, tooDeep: false };
  const cached = memo.get(value);
  if (cached) return cached;
  let result: Resolution = { value, missing: false, tooDeep: false };
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    let missing = false;
    let tooDeep = false;
    value.forEach((item, index) => {
      const resolved = resolveReferences(item, root, memo, depth);
      missing ||= resolved.missing;
      tooDeep ||= resolved.tooDeep;
      if (resolved.value !== item) out ??= value.slice(0, index);
      if (out && resolved.value !== undefined) out.push(resolved.value);
    });
    result = { value: out ?? value, missing, tooDeep };
  } else if (isPlainObject(value)) {
    let copy: Data | undefined;
    let missing = false;
    let tooDeep = false;
    for (const [key, item] of Object.entries(value)) {
      const resolved = resolveReferences(item, root, memo, depth);
      missing ||= resolved.missing;
      tooDeep ||= resolved.tooDeep;
      if (resolved.value !== item) {
        copy ??= { ...value };
        if (resolved.value === undefined) delete copy[key];
        else copy[key] = resolved.value;
      }
    }
    result = { value: copy ?? value, missing, tooDeep };
  }
  memo.set(value, result);
  return result;
}

/** How many values a job expands to, counting shared parts each time they appear (as a validator walks them). */
function expandedSize(value: unknown, sizes: Map<object, number>, limit: number): number {
  if (typeof value !== 'object' || value === null) return 1;
  const known = sizes.get(value);
  if (known !== undefined) return known;
  let size = 1;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    size += expandedSize(item, sizes, limit);
    if (size > limit) break;
  }
  sizes.set(value, size);
  return size;
}

export function resolvePipeline(
  model: GitlabCiModel,
  readFile: (path: string) => string | undefined,
): ResolvedPipeline {
  const { files, unresolved } = readIncludes(model, readFile);
  const dynamic = new Set<string>();
  const defaults = new Map<string, unknown>();
  for (const input of model.spec?.inputs.values() ?? []) if (input.hasDefault) defaults.set(input.name, input.default);
  const own = model.header ? (interpolate(model.data, defaults, '', dynamic, new Map()) as Data) : model.data;

  // GitLab merges included files first and the including file over them; jobs of any of them can be extended.
  // Top level merged in place: copying the growing configuration once per included file would be quadratic.
  const merged: Data = {};
  for (const layer of [...files.map((file) => file.data), own]) {
    for (const [key, value] of Object.entries(layer)) {
      const current = merged[key];
      merged[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
    }
  }

  const incomplete = new Set<string>();
  const memo = new Map<object, Resolution>();
  const tooDeep = new Set<string>();
  const resolvedJobs = new Map<string, Data>();
  const resolving = new Set<string>();
  const resolveJob = (name: string, depth: number): Data | undefined => {
    const cached = resolvedJobs.get(name);
    if (cached) return cached;
    const raw = merged[name];
    if (!isPlainObject(raw) || resolving.has(name) || depth > MAX_EXTENDS_DEPTH) return undefined;
    resolving.add(name);
    const resolution = resolveReferences(raw, merged, memo);
    const job = resolution.value as Data;
    let complete = !resolution.missing;
    if (resolution.tooDeep) tooDeep.add(name);
    const parents = typeof job.extends === 'string' ? [job.extends] : Array.isArray(job.extends) ? job.extends : [];
    let base: Data = {};
    for (const parent of parents) {
      const resolved = typeof parent === 'string' ? resolveJob(parent, depth + 1) : undefined;
      if (!resolved || incomplete.has(parent as string)) complete = false;
      if (resolved) base = deepMerge(base, resolved);
    }
    const { extends: _extends, ...body } = job;
    const result = parents.length ? deepMerge(base, body) : job;
    resolving.delete(name);
    if (!complete) incomplete.add(name);
    resolvedJobs.set(name, result);
    return result;
  };

  const data: Data = {};
  const sizes = new Map<object, number>();
  const oversized: string[] = [];
  const deepReferences: string[] = [];
  for (const [key, value] of Object.entries(merged)) {
    if (GLOBAL_KEYWORDS.has(key)) data[key] = resolveReferences(value, merged, memo).value;
  }
  for (const job of model.jobs) {
    if (job.hidden) continue;
    // A job that is not a mapping is gitlab/unknown-keyword's finding (`notJob`).
    if (!isPlainObject(merged[job.name])) continue;
    const resolved = resolveJob(job.name, 0);
    if (!resolved) incomplete.add(job.name);
    else if (tooDeep.has(job.name)) deepReferences.push(job.name);
    else if (expandedSize(resolved, sizes, MAX_JOB_VALUES) > MAX_JOB_VALUES) oversized.push(job.name);
    else data[job.name] = resolved;
  }
  return { data, incomplete, unresolved, dynamic, oversized, deepReferences };
}
