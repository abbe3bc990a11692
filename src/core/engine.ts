import type { Config } from './config.js';
import type { Domain, ParseResult } from './domain.js';
import { describeError } from './errors.js';
import type { Finding, Locatable, Severity } from './finding.js';
import { fingerprint } from './fingerprint.js';
import type { Registry } from './registry.js';
import {
  DOMAIN_PREFIX,
  formatMessage,
  type DomainId,
  type Handler,
  type Report,
  type Rule,
  type RuleContext,
  type RunWork,
  type SharedSettings,
} from './rule.js';
import { SourceFile } from './source.js';
import { collectSuppressions, isSuppressed } from './suppress.js';

export const DOCS_BASE = 'https://github.com/shipshape-ci/shipshape/blob/main/docs/rules';

export function docsUrl(rule: Rule): string {
  return `${DOCS_BASE}/${rule.meta.domain}/${rule.meta.id.slice(rule.meta.id.indexOf('/') + 1)}.md`;
}

export interface EngineOptions {
  registry: Registry;
  domains: readonly Domain[];
  config: Config;
  /** Reads another file of the repository by relative path (cross-file rules); undefined when absent. */
  readFile?: (path: string) => string | undefined;
}

/**
 * Every marker collectSuppressions (core/suppress.ts) reads contains one of these words: a file without any has no
 * suppression, so its comments need not be collected. Keep in step with the markers there.
 */
const SUPPRESSION_WORDS = ['shipshape-ignore', 'hadolint', 'zizmor', 'pipefort', 'checkov'];

function mayHoldSuppressions(text: string): boolean {
  for (const word of SUPPRESSION_WORDS) if (text.includes(word)) return true;
  return false;
}

/** A rule's fixed facts, worked out once per engine rather than once per finding. */
interface RuleEntry {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
  docsUrl: string;
}

/** One file's run: its findings so far, and how often each rule reported each node (for fingerprints). */
class FileRun {
  readonly findings: Finding[] = [];
  private readonly occurrences = new Map<string, number>();
  /** Reports a rule put off until the run's shared work is done, with the context they report through. */
  readonly deferred: { context: FileRuleContext; callback: () => void }[] = [];
  /** The parse, kept only while deferred reports wait (a run must not hold every file's model until its end). */
  parsed: ParseResult<unknown> | undefined;
  /** The finished findings, once suppressions are applied and they are sorted. */
  result: Finding[] | undefined;

  constructor(
    readonly file: SourceFile,
    readonly engine: Engine,
  ) {}

  push(entry: RuleEntry, severity: Severity, report: Report): void {
    const { rule } = entry;
    const ruleId = rule.meta.id;
    const message = formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data);
    const nodePath = report.at.path;
    const key = `${ruleId}\0${nodePath}`;
    const occurrence = this.occurrences.get(key) ?? 0;
    this.occurrences.set(key, occurrence + 1);
    const path = this.file.path;
    const finding: Finding = {
      ruleId,
      message,
      severity: report.severity && severity === rule.meta.defaultSeverity ? report.severity : severity,
      path,
      // A rule's arithmetic can miss (a keyword split by a line continuation, …): findings stay inside the file.
      span: this.file.clampSpan(report.at.span),
      nodePath,
      docsUrl: entry.docsUrl,
      fingerprint: fingerprint(ruleId, path, nodePath, occurrence),
    };
    if (report.fix) finding.fix = report.fix;
    this.findings.push(finding);
  }

  /** A finding of a core rule (syntax, suppressions, rule errors), when the config has it on. */
  pushMeta(ruleId: string, at: Locatable, messageId: string, data: Record<string, string>): void {
    const entry = this.engine.metaEntry(ruleId);
    if (entry) this.push(entry, entry.severity, { at, messageId, data });
  }
}

/** What a rule sees while it checks one file. A class, so a file's contexts share their methods. */
class FileRuleContext implements RuleContext {
  /** Set when the rule threw on this file: it reports nothing more and its handlers are not called again. */
  failed = false;

  constructor(
    private readonly run: FileRun,
    private readonly entry: RuleEntry,
    readonly model: unknown,
    readonly settings: SharedSettings,
    readonly readFile: (path: string) => string | undefined,
    readonly fileExists: (path: string) => boolean,
  ) {}

  get file(): SourceFile {
    return this.run.file;
  }

  get options(): Record<string, unknown> {
    return this.entry.options;
  }

  report(report: Report): void {
    if (!this.failed) this.run.push(this.entry, this.entry.severity, report);
  }

  shared<Work extends RunWork>(key: symbol, make: () => Work): Work {
    return this.run.engine.sharedWork(key, make);
  }

  defer(callback: () => void): void {
    this.run.deferred.push({ context: this, callback });
  }

  fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    const { file } = this.run;
    const id = this.entry.rule.meta.id;
    this.run.pushMeta('shipshape/rule-error', { span: file.lineSpan(1), path: `rule-error@${id}` }, 'crashed', {
      id,
      error: describeError(error).split('\n')[0]!,
    });
  }
}

/** Parses each file once, walks it once, and dispatches every node to every enabled rule of its domain. */
export class Engine {
  private readonly domains = new Map<DomainId, Domain>();
  /** Enabled rules per domain with their severity and options: the config is fixed, so this is worked out once. */
  private readonly enabled = new Map<DomainId, RuleEntry[]>();
  /** Core rules reported by the engine itself, by id; null when the config turns one off. */
  private readonly metaEntries = new Map<string, RuleEntry | null>();

  constructor(private readonly options: EngineOptions) {
    for (const domain of options.domains) this.domains.set(domain.id, domain);
  }

  /** Adds a domain loaded during the run (its rules go into the registry first). */
  addDomain(domain: Domain): void {
    this.domains.set(domain.id, domain);
  }

  hasDomain(id: DomainId): boolean {
    return this.domains.has(id);
  }

  /** Checks one file as a run of its own: walked, shared work settled, findings sorted. */
  checkFile(file: SourceFile, domainId: DomainId): Finding[] {
    const pending = this.startFile(file, domainId);
    return pending ? this.finishFiles([pending])[0]! : [];
  }

  /**
   * Parses and walks a file. Its findings are complete only once `finishFiles` has settled the work the files of the
   * run share (so shellcheck sees every script of the run before it runs once). Undefined for an unknown domain.
   */
  startFile(file: SourceFile, domainId: DomainId): PendingFile | undefined {
    const domain = this.domains.get(domainId);
    if (!domain) return undefined;
    const run = new FileRun(file, this);
    const parsed = domain.parse(file);
    const syntaxId = `${DOMAIN_PREFIX[domainId]}/syntax`;
    for (const problem of parsed.problems ?? [])
      run.pushMeta(syntaxId, problem.at, 'syntax', { message: problem.message });
    if (parsed.ok) this.runRules(domain, run, parsed.model);
    if (run.deferred.length === 0) run.result = this.finishFile(run, parsed);
    else run.parsed = parsed;
    return run;
  }

  /**
   * From now on, shared work may start in the background as soon as a file creates it (shellcheck on the other
   * cores while files are still walked). The caller must then `await readySharedWork()` before `finishFiles`.
   */
  overlapSharedWork(): void {
    this.overlapping = true;
  }

  /** Waits for the shared work started in the background; a work that fails there is settled as usual after. */
  async readySharedWork(): Promise<void> {
    for (const work of this.shared.values()) {
      try {
        await work.ready?.();
      } catch {
        // `settle()` and the deferred reports say what was not checked.
      }
    }
  }

  /** Settles the run's shared work, then gives each started file its findings (in the order given). */
  finishFiles(files: PendingFile[]): Finding[][] {
    const works = [...this.shared.values()];
    this.shared.clear();
    for (const work of works) {
      try {
        work.settle();
      } catch {
        // A shared work that fails leaves its results unset: the deferred reports then say what was not checked.
      }
    }
    return files.map((pending) => {
      const run = pending as FileRun;
      if (run.result) return run.result;
      for (const { context, callback } of run.deferred.splice(0)) {
        if (context.failed) continue;
        try {
          callback();
        } catch (error) {
          context.fail(error);
        }
      }
      const parsed = run.parsed!;
      run.parsed = undefined;
      return this.finishFile(run, parsed);
    });
  }

  /** @internal The run's instance of a shared work. */
  sharedWork<Work extends RunWork>(key: symbol, make: () => Work): Work {
    let work = this.shared.get(key) as Work | undefined;
    if (!work) {
      work = make();
      this.shared.set(key, work);
      if (this.overlapping) work.begin?.();
    }
    return work;
  }

  private readonly shared = new Map<symbol, RunWork>();
  /** Set by `overlapSharedWork()`: shared work may start in the background. */
  private overlapping = false;

  private finishFile(run: FileRun, parsed: ParseResult<unknown>): Finding[] {
    const { registry, config } = this.options;
    const { file, findings } = run;
    // Comments are read (and, for YAML, lexed) only when one may hold a suppression marker.
    const suppressions = mayHoldSuppressions(file.text)
      ? collectSuppressions(parsed.comments, file, registry.ids, registry.peers)
      : [];
    if (suppressions.length === 0) return sortFileFindings(findings);
    const kept = findings.filter((finding) => !isSuppressed(finding, suppressions));
    findings.splice(0, findings.length, ...kept);
    for (const suppression of suppressions) {
      if (suppression.tool !== 'shipshape') continue;
      for (const [id, ruleIds] of suppression.resolved) {
        const at = { span: file.lineSpan(suppression.line), path: `suppression[${id}]` };
        if (ruleIds.length === 0) {
          run.pushMeta('shipshape/unknown-suppression', at, 'unknown', { id });
        } else if (!suppression.used.has(id) && parsed.ok && registry.severityOf(id, config)) {
          run.pushMeta('shipshape/unused-suppression', at, 'unused', { id });
        }
      }
    }
    return sortFileFindings(findings);
  }

  /**
   * A file of a checked kind whose content could not be read (too large, binary, unreadable): one
   * `shipshape/skipped-file` finding on it, so a run never passes over a file it did not check.
   */
  skippedFile(path: string, reason: string): Finding[] {
    const run = new FileRun(new SourceFile(path, ''), this);
    run.pushMeta(
      'shipshape/skipped-file',
      { span: { line: 1, column: 1, endLine: 1, endColumn: 1 }, path: 'file' },
      'skipped',
      { reason },
    );
    return run.findings;
  }

  /** @internal The entry of a core rule the engine reports itself, or undefined when it is off or unknown. */
  metaEntry(ruleId: string): RuleEntry | undefined {
    let entry = this.metaEntries.get(ruleId);
    if (entry === undefined) {
      const { registry, config } = this.options;
      const rule = registry.byId.get(ruleId);
      const severity = rule && registry.severityOf(ruleId, config);
      entry = rule && severity ? { rule, severity, options: {}, docsUrl: docsUrl(rule) } : null;
      this.metaEntries.set(ruleId, entry);
    }
    return entry ?? undefined;
  }

  private readonly readFile = (path: string): string | undefined => this.options.readFile?.(path);
  private readonly fileExists = (path: string): boolean => this.options.readFile?.(path) !== undefined;

  private enabledRules(domainId: DomainId): RuleEntry[] {
    let list = this.enabled.get(domainId);
    if (!list) {
      const { registry, config } = this.options;
      list = [];
      for (const rule of registry.forDomain(domainId)) {
        const severity = registry.severityOf(rule.meta.id, config);
        if (severity)
          list.push({ rule, severity, options: registry.optionsOf(rule.meta.id, config), docsUrl: docsUrl(rule) });
      }
      this.enabled.set(domainId, list);
    }
    return list;
  }

  private runRules(domain: Domain, run: FileRun, model: unknown): void {
    const { settings } = this.options.config;
    const hooks = new Map<string, HookEntry[]>();
    const { readFile, fileExists } = this;
    for (const entry of this.enabledRules(domain.id)) {
      const context = new FileRuleContext(run, entry, model, settings, readFile, fileExists);
      try {
        const handlers = entry.rule.create(context);
        for (const hook in handlers) {
          const handler = handlers[hook];
          // A rule may leave a hook undefined (`{ RUN: enabled ? check : undefined }`): nothing to call.
          if (typeof handler !== 'function') continue;
          const list = hooks.get(hook);
          if (list) list.push({ context, handler });
          else hooks.set(hook, [{ context, handler }]);
        }
      } catch (error) {
        context.fail(error);
      }
    }
    if (hooks.size === 0) return;
    domain.walk(model, (hook, node) => {
      const list = hooks.get(hook);
      if (list) dispatch(list, node);
    });
  }
}

/** A file that has been walked and waits for the run's shared work (see Engine.startFile). */
export type PendingFile = object;

interface HookEntry {
  context: FileRuleContext;
  handler: Handler;
}

function dispatch(list: HookEntry[], node: unknown): void {
  for (const { context, handler } of list) {
    if (context.failed) continue;
    try {
      handler(node);
    } catch (error) {
      context.fail(error);
    }
  }
}

/**
 * compareFindings' order for one file's findings. They share their path, so the path comparison (a locale-aware one,
 * the costliest step) can only answer 0 and is skipped.
 */
function sortFileFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareSameFile);
}

function compareSameFile(a: Finding, b: Finding): number {
  return a.span.line - b.span.line || a.span.column - b.span.column || a.ruleId.localeCompare(b.ruleId);
}
