import type { Fix, Locatable, Severity } from './finding.js';
import type { SourceFile } from './source.js';

export const DOMAIN_IDS = [
  'shipshape',
  'dockerfile',
  'github-actions',
  'gitlab-ci',
  'kubernetes',
  'terraform',
] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

/** Rule id prefixes per domain: `docker/no-root-user`, `gha/unpinned-uses`, … */
export const DOMAIN_PREFIX: Record<DomainId, string> = {
  shipshape: 'shipshape',
  dockerfile: 'docker',
  'github-actions': 'gha',
  'gitlab-ci': 'gitlab',
  kubernetes: 'k8s',
  terraform: 'tf',
};

export type Category = 'correctness' | 'security' | 'best-practice' | 'performance' | 'style';

export interface RuleMeta {
  /** `<prefix>/<kebab-name>`; the file name is the part after the slash. */
  id: string;
  domain: DomainId;
  /** One line: what the rule looks for. */
  description: string;
  category: Category;
  defaultSeverity: Severity;
  /** In the recommended preset. */
  recommended: boolean;
  /** Message templates with `{{name}}` placeholders, by message id. */
  messages: Record<string, string>;
  /** The same idea in peer tools, e.g. `{ hadolint: ['DL3007'], 'kube-linter': ['latest-tag'] }`. */
  equivalents?: Record<string, string[]>;
  /** CVSS-like score (0.0–10.0) for GitHub code scanning's security severity; security rules only. */
  securitySeverity?: number;
  /** Default values of the rule's options. */
  defaultOptions?: Record<string, unknown>;
  /** JSON schema of the options object, checked when the config is loaded. */
  optionsSchema?: Record<string, unknown>;
  deprecated?: boolean;
}

export interface Report {
  at: Locatable;
  messageId: string;
  data?: Record<string, string | number>;
  /** Overrides the rule's severity for this report (e.g. a stronger case of the same problem). */
  severity?: Severity;
  fix?: Fix;
}

/** Settings shared by every rule, from `.shipshape.yml`. */
export interface SharedSettings {
  trustedRegistries: string[];
  selfHostedRunnerLabels: string[];
  /** Any other top-level settings a domain defines. */
  [key: string]: unknown;
}

/**
 * Work that the files of one run share and that is done once, after every file has been walked: shellcheck collects
 * every script of the run, then checks the unique ones in one pool of processes.
 */
export interface RunWork {
  /**
   * Called when the work is created in a run that will await `ready()` before `settle()`: the work may then start in
   * the background (another process) while the run goes on walking files.
   */
  begin?(): void;
  /** Finishes what `begin()` started. Awaited once per run, before `settle()`. */
  ready?(): Promise<void>;
  /** Does the collected work (what is left of it). Called once per run, before the deferred reports. */
  settle(): void;
}

export interface RuleContext<Model = unknown> {
  readonly file: SourceFile;
  readonly model: Model;
  readonly options: Record<string, unknown>;
  readonly settings: SharedSettings;
  /** Other files of the run, by repository-relative path (read lazily), for cross-file rules. */
  readFile(path: string): string | undefined;
  fileExists(path: string): boolean;
  report(report: Report): void;
  /** The run's one instance of a shared work, made on the first call with that key. */
  shared<Work extends RunWork>(key: symbol, make: () => Work): Work;
  /** Runs `callback` (which may report) after every file of the run has been walked and every shared work settled. */
  defer(callback: () => void): void;
}

/**
 * What each domain's walk emits: per domain, its model and its map of hook name → node. Core knows no domain, so
 * each domain adds its own entry from its `hooks.ts` (`declare module '…/core/rule.js'`); the walk's `emit` is
 * typed by the same map, so the hooks a rule may name and the hooks the walk calls cannot drift apart. A domain
 * without a walk (shipshape: its findings come from the engine) has no hooks.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging, one entry per domain
export interface DomainHookMaps {}

/** A domain's model and hook map; a domain that declares none has no hooks and an unknown model. */
type DomainTypes<D extends DomainId> = D extends keyof DomainHookMaps
  ? DomainHookMaps[D]
  : { model: unknown; hooks: Record<never, never> };

export type ModelOf<D extends DomainId> = DomainTypes<D>['model'];
export type HooksOf<D extends DomainId> = DomainTypes<D>['hooks'];

/** The handlers a rule of a domain may return: any subset of its hooks, each called with that hook's node. */
export type HandlersOf<D extends DomainId> = {
  [Hook in keyof HooksOf<D>]?: ((node: HooksOf<D>[Hook]) => void) | undefined;
};

/**
 * Passes when every key `create` returns is a hook of the domain; otherwise asks for a `create` that is also an
 * `{ unknownHooks: … }`, so the error names the misspelled hooks. (A check beside the contextual type rather than in
 * it: handler parameters are still typed from HandlersOf, and no handler's type depends on its own object.)
 */
type OnlyHooksOf<D extends DomainId, Returned> = [Returned] extends [never] // a `create` that only throws
  ? unknown
  : Exclude<keyof Returned, keyof HooksOf<D>> extends never
    ? unknown
    : { create: { unknownHooks: Exclude<keyof Returned, keyof HooksOf<D>> } };

/** A handler as the engine calls it, whatever its domain. */
export type Handler = (node: any) => void;
export type Handlers = Record<string, Handler | undefined>;

/**
 * A rule as the engine and registry hold it, whatever its domain. Rules are written with defineRule, which types
 * their hooks; code that wraps rules generically (benchmarks, test doubles) may build this shape directly.
 */
export interface Rule<Model = any> {
  meta: RuleMeta;
  create(context: RuleContext<Model>): Handlers;
}

/**
 * A rule of the domain named by `meta.domain`: its context reads that domain's model, and `create` returns handlers
 * for that domain's hooks only, each handler's parameter typed by its hook (see DomainHookMaps).
 */
export function defineRule<D extends DomainId, Returned extends HandlersOf<D>>(
  rule: {
    meta: RuleMeta & { domain: D };
    create(context: RuleContext<ModelOf<D>>): Returned;
  } & OnlyHooksOf<D, Returned>,
): Rule<ModelOf<D>> & { meta: { domain: D } } {
  return rule as Rule<ModelOf<D>> & { meta: { domain: D } };
}

export function ruleName(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  if (!template.includes('{{')) return template;
  const { literals, placeholders } = compiledTemplate(template);
  let out = literals[0]!;
  for (let i = 0; i < placeholders.length; i++) {
    const { key, whole } = placeholders[i]!;
    out += (key in data ? String(data[key]) : whole) + literals[i + 1]!;
  }
  return out;
}

/** A template cut at its placeholders: literals[i], placeholders[i], literals[i + 1], … */
interface CompiledTemplate {
  literals: string[];
  placeholders: { key: string; whole: string }[];
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/** Rules have a few templates each and report many times: each is cut once (a bounded cache, as a message id
 * without a template is its own template). */
const compiledTemplates = new Map<string, CompiledTemplate>();
const MAX_COMPILED_TEMPLATES = 1000;

function compiledTemplate(template: string): CompiledTemplate {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    compiled = { literals: [], placeholders: [] };
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      compiled.literals.push(template.slice(last, match.index));
      compiled.placeholders.push({ key: match[1]!, whole: match[0] });
      last = match.index! + match[0].length;
    }
    compiled.literals.push(template.slice(last));
    if (compiledTemplates.size >= MAX_COMPILED_TEMPLATES) compiledTemplates.clear();
    compiledTemplates.set(template, compiled);
  }
  return compiled;
}
