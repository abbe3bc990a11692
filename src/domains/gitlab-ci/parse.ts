import { isMap, isScalar, isSeq, type Document, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { ParseResult, SyntaxProblem } from '../../core/domain.js';
import type { Locatable } from '../../core/finding.js';
import { SourceFile } from '../../core/source.js';
import { locate, parseYaml, pathString, spanOf, toData, type KeyPath } from '../yaml/document.js';
import { DEFAULT_STAGES, DEPRECATED_GLOBALS, GLOBAL_KEYWORDS, INCLUDE_KINDS } from './keywords.js';
import {
  UnresolvedReference,
  type GitlabCiModel,
  type GitlabInclude,
  type GitlabIncludeKind,
  type GitlabInput,
  type GitlabJob,
  type GitlabSpec,
  type ProjectView,
  type ScriptLine,
} from './model.js';
import { resolvePipeline, type ResolvedPipeline } from './pipeline.js';

type Data = Record<string, unknown>;

/** True when the first document is a `spec:` header (only a `spec` key) followed by the content document. */
function isHeader(document: Document.Parsed, count: number): boolean {
  const contents = document.contents;
  return (
    count > 1 &&
    isMap(contents) &&
    contents.items.length === 1 &&
    isScalar(contents.items[0]!.key) &&
    contents.items[0]!.key.value === 'spec'
  );
}

/**
 * YAML nodes → plain data with `<<` merge keys applied; `!reference` becomes a marker resolved later. Aliases share
 * their anchor's data (parseYaml linked them and refused cycles and alias bombs), so 400 jobs merging one anchor
 * convert it once.
 */
function convert(document: Document.Parsed): unknown {
  return toData(document, (node, items) =>
    node.tag === '!reference' ? new UnresolvedReference(items.map(String)) : items,
  );
}

/** A mapping key as a string; YAML merge keys (`<<`, parsed as a symbol) come back as `<<`. */
export function keyName(key: unknown): string {
  if (isScalar(key)) return typeof key.value === 'symbol' ? '<<' : String(key.value);
  return String(key);
}

export function isPlainObject(value: unknown): value is Data {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof UnresolvedReference)
  );
}

/**
 * Resolves `!reference` markers against the file's data; ones pointing outside the file stay markers. Anchors are
 * shared, not copied, so the data is a graph: each shared object is resolved once (an alias bomb stays small).
 */
function resolveReferences(value: unknown, root: Data, depth = 0, done = new Map<object, unknown>()): unknown {
  if (value instanceof UnresolvedReference) {
    if (depth > 10) return value;
    let target: unknown = root;
    for (const segment of value.target) {
      if (!isPlainObject(target) || !(segment in target)) return value;
      target = target[segment];
    }
    return resolveReferences(target, root, depth + 1, done);
  }
  if (typeof value !== 'object' || value === null) return value;
  const cached = done.get(value);
  if (cached !== undefined) return cached;
  let out: unknown = value;
  if (Array.isArray(value)) out = value.map((item) => resolveReferences(item, root, depth, done));
  else if (isPlainObject(value)) {
    const copy: Data = {};
    for (const [key, item] of Object.entries(value)) copy[key] = resolveReferences(item, root, depth, done);
    out = copy;
  }
  done.set(value, out);
  return out;
}

/** GitLab's `extends` merge: maps merge deeply, arrays and scalars are replaced. */
export function deepMerge(base: Data, over: Data): Data {
  const out: Data = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function asStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

function scriptLines(file: SourceFile, node: YAMLMap | undefined, name: string): ScriptLine[] {
  const lines: ScriptLine[] = [];
  if (!node) return lines;
  for (const key of ['before_script', 'script', 'after_script'] as const) {
    const value = node.get(key, true) as Node | undefined;
    const visit = (item: unknown, path: KeyPath): void => {
      if (isScalar(item) && typeof item.value === 'string') {
        lines.push({ key, text: item.value, node: item as Scalar, span: spanOf(file, item), path: pathString(path) });
      } else if (isSeq(item) && item.tag !== '!reference') {
        item.items.forEach((child, index) => {
          visit(child, [...path, index]);
        });
      }
      // `- echo "a: b"` unquoted is a mapping, not a command: gitlab/schema reports it, and the other rules still run.
      // Aliases and `!reference` are checked where their target is written.
    };
    visit(value, [name, key]);
  }
  return lines;
}

function parseSpec(file: SourceFile, header: Document.Parsed, problems: SyntaxProblem[]): GitlabSpec {
  const inputs = new Map<string, GitlabInput>();
  const data = (convert(header) ?? {}) as Data;
  const spec = data.spec;
  const at = (path: KeyPath, key = false): Locatable => locate(file, header, path, { key });
  if (spec !== null && spec !== undefined && !isPlainObject(spec)) {
    problems.push({ message: '`spec` must be a mapping', at: at(['spec']) });
    return { inputs };
  }
  const raw = isPlainObject(spec) ? spec.inputs : undefined;
  if (raw !== undefined && raw !== null && !isPlainObject(raw)) {
    problems.push({ message: '`spec:inputs` must be a mapping of input names', at: at(['spec', 'inputs']) });
    return { inputs };
  }
  for (const [name, value] of Object.entries(raw ?? {})) {
    const entry = isPlainObject(value) ? value : {};
    inputs.set(name, {
      name,
      type: typeof entry.type === 'string' ? entry.type : 'string',
      hasDefault: 'default' in entry,
      default: entry.default,
      options: Array.isArray(entry.options) ? entry.options : undefined,
      regex: typeof entry.regex === 'string' ? entry.regex : undefined,
      description: typeof entry.description === 'string' ? entry.description : undefined,
      ...at(['spec', 'inputs', name], true),
    });
  }
  return { inputs };
}

function parseIncludes(file: SourceFile, document: Document.Parsed, raw: unknown): GitlabInclude[] {
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const includes: GitlabInclude[] = [];
  list.forEach((entry, index) => {
    const keyPath: KeyPath = Array.isArray(raw) ? ['include', index] : ['include'];
    const at = locate(file, document, keyPath);
    if (typeof entry === 'string') {
      const kind: GitlabIncludeKind = /^https?:\/\//i.test(entry) ? 'remote' : 'local';
      includes.push({ kind, index, value: entry, ref: undefined, files: [], keyPath, hasInputs: false, ...at });
      return;
    }
    if (!isPlainObject(entry)) return;
    const kind = INCLUDE_KINDS.find((candidate) => typeof entry[candidate] === 'string');
    if (!kind) return;
    includes.push({
      kind,
      index,
      value: String(entry[kind]),
      ref: typeof entry.ref === 'string' || typeof entry.ref === 'number' ? String(entry.ref) : undefined,
      files: asStrings(entry.file),
      keyPath,
      hasInputs: isPlainObject(entry.inputs),
      ...at,
    });
  });
  return includes;
}

export function parseGitlabCi(file: SourceFile): ParseResult<GitlabCiModel> {
  const yaml = parseYaml(file);
  const { comments } = yaml;
  if (yaml.problems.length > 0) return { ok: false, problems: yaml.problems, comments };
  const problems: SyntaxProblem[] = [];
  const documents = yaml.documents;
  const header = documents[0] && isHeader(documents[0], documents.length) ? documents[0] : undefined;
  const content = header ? documents[1] : documents[0];
  const extra = documents.slice(header ? 2 : 1).find((document) => document.contents !== null);
  if (extra) {
    problems.push({
      message: 'more than one YAML document: only a `spec:` header may come before `---`',
      at: { span: spanOf(file, extra.contents as Node), path: 'doc' },
    });
  }
  if (!content || (content.contents !== null && !isMap(content.contents))) {
    const at = content?.contents
      ? { span: spanOf(file, content.contents as Node), path: '$' }
      : { span: file.lineSpan(1), path: '$' };
    if (content?.contents || !header)
      problems.push({ message: 'the pipeline configuration must be a mapping of keywords and jobs', at });
  }
  if (problems.length > 0 || !content)
    return problems.length
      ? { ok: false, problems, comments }
      : { ok: false, problems: [{ message: 'empty file', at: { span: file.lineSpan(1), path: '$' } }], comments };

  const data = (convert(content) as Data | null) ?? {};
  const spec = header ? parseSpec(file, header, problems) : undefined;
  if (problems.length > 0) return { ok: false, problems, comments };

  const resolvedData = resolveReferences(data, data) as Data;
  const contentsMap = content.contents as YAMLMap | null;
  const jobs: GitlabJob[] = [];
  const jobByName = new Map<string, GitlabJob>();
  for (const pair of contentsMap?.items ?? []) {
    if (!isScalar(pair.key)) continue;
    const name = keyName(pair.key);
    if (GLOBAL_KEYWORDS.has(name) || name === '<<' || name === 'spec') continue;
    const own = isPlainObject(resolvedData[name]) ? (resolvedData[name] as Data) : {};
    const node = isMap(pair.value) ? (pair.value as YAMLMap) : undefined;
    const job: GitlabJob = {
      name,
      hidden: name.startsWith('.'),
      keyAt: { span: spanOf(file, pair.key as Node), path: name },
      span: spanOf(file, pair.key as Node),
      path: name,
      node,
      own,
      resolved: own,
      extends: asStrings(own.extends),
      complete: true,
      stage: 'test',
      scripts: scriptLines(file, node, name),
    };
    jobs.push(job);
    jobByName.set(name, job);
  }

  if (problems.length > 0) return { ok: false, problems, comments };

  // extends: depth-first, parents merged in order, the job's own keys last (GitLab allows 11 levels).
  const resolving = new Set<string>();
  const done = new Set<string>();
  const resolve = (job: GitlabJob, depth: number): void => {
    if (done.has(job.name) || resolving.has(job.name) || depth > 11) {
      if (resolving.has(job.name) || depth > 11) job.complete = false;
      return;
    }
    resolving.add(job.name);
    let merged: Data = {};
    for (const parentName of job.extends) {
      const parent = jobByName.get(parentName);
      if (!parent) {
        job.complete = false;
        continue;
      }
      resolve(parent, depth + 1);
      if (!parent.complete) job.complete = false;
      merged = deepMerge(merged, parent.resolved);
    }
    const { extends: _extends, ...own } = job.own;
    job.resolved = job.extends.length ? deepMerge(merged, own) : job.own;
    job.stage = typeof job.resolved.stage === 'string' ? job.resolved.stage : 'test';
    resolving.delete(job.name);
    done.add(job.name);
  };
  for (const job of jobs) resolve(job, 0);

  const declared = Array.isArray(resolvedData.stages)
    ? (resolvedData.stages.flat(10) as unknown[]).map(String)
    : undefined;
  const stages = declared
    ? ['.pre', ...declared.filter((stage) => stage !== '.pre' && stage !== '.post'), '.post']
    : DEFAULT_STAGES;
  const defaults: Data = {};
  for (const key of DEPRECATED_GLOBALS) if (key in resolvedData) defaults[key] = resolvedData[key];
  if (isPlainObject(resolvedData.default)) Object.assign(defaults, resolvedData.default);
  const includes = parseIncludes(file, content, resolvedData.include);

  let projectView: ProjectView | undefined;
  let pipeline: ResolvedPipeline | undefined;
  const model: GitlabCiModel = {
    file,
    document: content,
    header,
    spec,
    data: resolvedData,
    jobs,
    jobByName,
    stages,
    stagesDeclared: declared !== undefined,
    includes,
    defaults,
    locate: (path, options) => locate(file, content, path, options),
    locateHeader: (path, options) =>
      header ? locate(file, header, path, options) : { span: file.lineSpan(1), path: pathString(path) },
    find(node, needle, path) {
      const range = node.range;
      if (!range) return { span: file.lineSpan(1), path };
      const source = file.text.slice(range[0], range[1]);
      let index = -1;
      let length = 0;
      if (typeof needle === 'string') {
        index = source.indexOf(needle);
        length = needle.length;
      } else {
        const match = needle.exec(source);
        if (match) {
          index = match.index;
          length = match[0].length;
        }
      }
      if (index < 0) return { span: spanOf(file, node), path };
      return { span: file.spanOf(range[0] + index, range[0] + index + Math.max(length, 1)), path };
    },
    effective(job, key) {
      if (key in job.resolved) return job.resolved[key];
      const inherit = job.resolved.inherit;
      if (isPlainObject(inherit)) {
        const setting = inherit.default;
        if (setting === false) return undefined;
        if (Array.isArray(setting) && !setting.includes(key)) return undefined;
      }
      return defaults[key];
    },
    project(readFile) {
      projectView ??= buildProjectView(model, readFile);
      return projectView;
    },
    withIncludes(job, readFile) {
      if (job.complete || header) return job;
      const resolved = model.pipeline(readFile);
      const values = resolved.data[job.name];
      if (!isPlainObject(values) || resolved.incomplete.has(job.name)) return job;
      return {
        ...job,
        resolved: values,
        complete: true,
        stage: typeof values.stage === 'string' ? values.stage : 'test',
      };
    },
    pipeline(readFile) {
      pipeline ??= resolvePipeline(model, readFile);
      return pipeline;
    },
  };
  return { ok: true, model, comments };
}

/**
 * Where a local include can live: relative to the repository root (GitLab's rule), and, for a `.gitlab-ci.yml` in a
 * sub-folder (a nested project root, e.g. a service of a monorepo mirrored as its own project), relative to that folder.
 */
export function localIncludeCandidates(fromPath: string, value: string): string[] {
  const path = value.replace(/^\.?\//, '');
  const dir = fromPath.includes('/') ? fromPath.slice(0, fromPath.lastIndexOf('/')) : '';
  return dir && /(^|\/)\.gitlab-ci\.ya?ml$/i.test(fromPath) ? [path, `${dir}/${path}`] : [path];
}

const includedCache = new Map<string, { text: string; result: ParseResult<GitlabCiModel> }>();
const MAX_CACHED_INCLUDES = 2000;

/**
 * A local include, parsed once per content however many files of the run include it (each file of a 400-file
 * include graph reads up to 150 of the others). Keyed by path and checked against the text, so a changed file is
 * parsed again.
 */
export function parseIncluded(path: string, text: string): ParseResult<GitlabCiModel> {
  const cached = includedCache.get(path);
  if (cached && cached.text === text) return cached.result;
  if (includedCache.size >= MAX_CACHED_INCLUDES) includedCache.clear();
  const result = parseGitlabCi(new SourceFile(path, text));
  includedCache.set(path, { text, result });
  return result;
}

/** Follows local includes (not globs) to learn every job name and the declared stages. */
function buildProjectView(model: GitlabCiModel, readFile: (path: string) => string | undefined): ProjectView {
  // A file other than the root `.gitlab-ci.yml` is a fragment: its includer (or a sibling include) may define names.
  const root = /(^|\/)\.gitlab-ci\.ya?ml$/i.test(model.file.path) && !model.header;
  const view: ProjectView = {
    jobs: new Map(),
    stages: model.stagesDeclared ? model.stages : undefined,
    complete: root,
    missing: [],
  };
  for (const job of model.jobs)
    view.jobs.set(job.name, {
      stage: job.resolved.stage as string | undefined,
      file: model.file.path,
      extends: job.extends,
    });
  const seen = new Set<string>([model.file.path]);
  const queue: { includes: GitlabInclude[]; top: boolean }[] = [{ includes: model.includes, top: true }];
  while (queue.length > 0 && seen.size < 150) {
    const { includes, top } = queue.shift()!;
    for (const include of includes) {
      if (include.kind !== 'local' || /[*$]/.test(include.value)) {
        view.complete = false;
        continue;
      }
      let path = '';
      let text: string | undefined;
      for (const candidate of localIncludeCandidates(model.file.path, include.value)) {
        path = candidate;
        text = readFile(candidate);
        if (text !== undefined) break;
      }
      if (seen.has(path)) continue;
      seen.add(path);
      if (text === undefined) {
        view.complete = false;
        if (top) view.missing.push(include);
        continue;
      }
      const parsed = parseIncluded(path, text);
      if (!parsed.ok) {
        view.complete = false;
        continue;
      }
      const included = parsed.model;
      // Included files with a spec header take inputs: their job names may be interpolated, so names are unknowable.
      if (included.header) view.complete = false;
      if (included.stagesDeclared && !view.stages) view.stages = included.stages;
      for (const job of included.jobs) {
        if (!view.jobs.has(job.name))
          view.jobs.set(job.name, {
            stage: job.resolved.stage as string | undefined,
            file: path,
            extends: job.extends,
          });
      }
      queue.push({ includes: included.includes, top: false });
    }
  }
  return view;
}
