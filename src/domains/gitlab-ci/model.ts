import type { Document, Node, Scalar, YAMLMap } from 'yaml';
import type { Locatable } from '../../core/finding.js';
import type { SourceFile } from '../../core/source.js';
import type { KeyPath } from '../yaml/document.js';
import type { INCLUDE_KINDS } from './keywords.js';
import type { ResolvedPipeline } from './pipeline.js';

/** A `!reference [job, key, …]` that could not be resolved in this file (it points into an include). */
export class UnresolvedReference {
  constructor(readonly target: string[]) {}
}

export type GitlabIncludeKind = (typeof INCLUDE_KINDS)[number];

export interface GitlabInclude extends Locatable {
  kind: GitlabIncludeKind;
  /** Position in the include list (0 for a single include). */
  index: number;
  /** The path, URL, project path, template name or component address. */
  value: string;
  /** `ref:` of a project include. */
  ref: string | undefined;
  /** `file:` entries of a project include. */
  files: string[];
  /** Key path of the include entry in the content document. */
  keyPath: KeyPath;
  hasInputs: boolean;
}

export interface GitlabInput extends Locatable {
  name: string;
  type: string;
  hasDefault: boolean;
  default: unknown;
  options: unknown[] | undefined;
  regex: string | undefined;
  description: string | undefined;
}

export interface GitlabSpec {
  inputs: Map<string, GitlabInput>;
}

/** A script line: one string item of `script`, `before_script` or `after_script`, where it is written. */
export interface ScriptLine extends Locatable {
  key: 'script' | 'before_script' | 'after_script';
  text: string;
  /** The YAML scalar, to locate a substring inside it. */
  node: Scalar;
}

export interface GitlabJob extends Locatable {
  name: string;
  /** `.name`: a template other jobs extend, never run itself. */
  hidden: boolean;
  /** Span of the job's name (the mapping key). */
  keyAt: Locatable;
  /** The job's own mapping node (undefined when the value is not a mapping). */
  node: YAMLMap | undefined;
  /** The job's own keys, with merge keys applied and `!reference` resolved where the target is in this file. */
  own: Record<string, unknown>;
  /** `own` with `extends` merged in (GitLab's deep merge: maps merge, everything else is replaced). */
  resolved: Record<string, unknown>;
  /** Names listed in `extends`. */
  extends: string[];
  /** False when an `extends` target is not in this file (it may come from an include). */
  complete: boolean;
  /** Stage after `extends`; GitLab's default `test` when unset. */
  stage: string;
  /** The own script lines (references and aliases are checked where they are written). */
  scripts: ScriptLine[];
}

export interface GitlabCiModel {
  file: SourceFile;
  /** The content document (after a `spec:` header when there is one). */
  document: Document.Parsed;
  /** The `spec:` header document, when the file has one. */
  header: Document.Parsed | undefined;
  spec: GitlabSpec | undefined;
  /** Plain data of the content document (merge keys applied). */
  data: Record<string, unknown>;
  jobs: GitlabJob[];
  jobByName: Map<string, GitlabJob>;
  /** `stages:` as declared, or GitLab's defaults. `.pre` and `.post` are always included. */
  stages: string[];
  stagesDeclared: boolean;
  includes: GitlabInclude[];
  /** `default:` merged over the deprecated top-level globals. */
  defaults: Record<string, unknown>;
  /** Span of a key path in the content document (`key: true`: the key, else the value). */
  locate(path: KeyPath, options?: { key?: boolean }): Locatable;
  locateHeader(path: KeyPath, options?: { key?: boolean }): Locatable;
  /** Span of `needle` inside a node's source (falls back to the node), for findings inside a script line. */
  find(node: Node, needle: string | RegExp, path: string): Locatable;
  /** The value a job gets for a keyword: its resolved own value, else the default's (unless `inherit:default` says no). */
  effective(job: GitlabJob, key: string): unknown;
  /** This file and the local includes it reaches (read through the rule context), for cross-file lookups. */
  project(readFile: (path: string) => string | undefined): ProjectView;
  /**
   * The job as the pipeline runs it: when its `extends` or `!reference` reach a local include, the job with those
   * merged (and `complete`); otherwise the job itself. Files with a `spec:` header keep their own view (their values
   * depend on inputs).
   */
  withIncludes(job: GitlabJob, readFile: (path: string) => string | undefined): GitlabJob;
  /** The configuration GitLab validates for this file: local includes, `extends`, `!reference` and input defaults applied. */
  pipeline(readFile: (path: string) => string | undefined): ResolvedPipeline;
}

export interface ProjectView {
  /** Job name → stage and file, over this file and its local includes. */
  jobs: Map<string, { stage: string | undefined; file: string; extends: string[] }>;
  /** Declared stages found in this file or an include; undefined when none declares any. */
  stages: string[] | undefined;
  /**
   * True for a root `.gitlab-ci.yml` whose includes are all local files that could be read: then a missing name is
   * really missing. Fragments are never complete (their includer may define the name).
   */
  complete: boolean;
  /** Local includes that do not exist. */
  missing: GitlabInclude[];
}
