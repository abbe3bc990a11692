import type { Config } from './config.js';
import type { Domain } from './domain.js';
import { describeError } from './errors.js';
import { compareFindings, type Finding, type Locatable, type Severity } from './finding.js';
import { fingerprint } from './fingerprint.js';
import type { Registry } from './registry.js';
import { DOMAIN_PREFIX, formatMessage, type DomainId, type Handler, type Report, type Rule, type RuleContext } from './rule.js';
import type { SourceFile } from './source.js';
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
const SUPPRESSION_WORDS = ['shipshape-ignore', 'hadolint', 'zizmor', 'checkov'];

function mayHoldSuppressions(text: string): boolean {
  for (const word of SUPPRESSION_WORDS) if (text.includes(word)) return true;
  return false;
}

/** Parses each file once, walks it once, and dispatches every node to every enabled rule of its domain. */
export class Engine {
  private readonly domains = new Map<DomainId, Domain>();
  /** Enabled rules per domain with their severity and options: the config is fixed, so this is worked out once. */
  private readonly enabled = new Map<DomainId, { rule: Rule; severity: Severity; options: Record<string, unknown> }[]>();

  constructor(private readonly options: EngineOptions) {
    for (const domain of options.domains) this.domains.set(domain.id, domain);
  }

  hasDomain(id: DomainId): boolean {
    return this.domains.has(id);
  }

  checkFile(file: SourceFile, domainId: DomainId): Finding[] {
    const domain = this.domains.get(domainId);
    if (!domain) return [];
    const { registry, config } = this.options;
    const findings: Finding[] = [];
    const occurrences = new Map<string, number>();

    const push = (rule: Rule, severity: Severity, report: Report): void => {
      const message = formatMessage(rule.meta.messages[report.messageId] ?? report.messageId, report.data);
      const key = `${rule.meta.id}\0${report.at.path}`;
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      findings.push({
        ruleId: rule.meta.id,
        message,
        severity: report.severity && severity === rule.meta.defaultSeverity ? report.severity : severity,
        path: file.path,
        // A rule's arithmetic can miss (a keyword split by a line continuation, …): findings stay inside the file.
        span: file.clampSpan(report.at.span),
        nodePath: report.at.path,
        docsUrl: docsUrl(rule),
        fingerprint: fingerprint(rule.meta.id, file.path, report.at.path, occurrence),
        ...(report.fix ? { fix: report.fix } : {}),
      });
    };
    const pushMeta = (ruleId: string, at: Locatable, messageId: string, data: Record<string, string>): void => {
      const rule = registry.byId.get(ruleId);
      const severity = rule && registry.severityOf(ruleId, config);
      if (rule && severity) push(rule, severity, { at, messageId, data });
    };

    const parsed = domain.parse(file);
    if (!parsed.ok) {
      const syntaxId = `${DOMAIN_PREFIX[domainId]}/syntax`;
      for (const problem of parsed.problems) pushMeta(syntaxId, problem.at, 'syntax', { message: problem.message });
    } else {
      this.runRules(domain, file, parsed.model, push, pushMeta);
    }

    // Comments are read (and, for YAML, lexed) only when one may hold a suppression marker.
    const suppressions = mayHoldSuppressions(file.text) ? collectSuppressions(parsed.comments, file, registry.ids, registry.peers) : [];
    if (suppressions.length === 0) return findings.sort(compareFindings);
    const kept = findings.filter((finding) => !isSuppressed(finding, suppressions));
    findings.splice(0, findings.length, ...kept);
    for (const suppression of suppressions) {
      if (suppression.tool !== 'shipshape') continue;
      for (const [id, ruleIds] of suppression.resolved) {
        const at = { span: file.lineSpan(suppression.line), path: `suppression[${id}]` };
        if (ruleIds.length === 0) {
          pushMeta('shipshape/unknown-suppression', at, 'unknown', { id });
        } else if (!suppression.used.has(id) && parsed.ok && registry.severityOf(id, config)) {
          pushMeta('shipshape/unused-suppression', at, 'unused', { id });
        }
      }
    }
    return findings.sort(compareFindings);
  }

  private readonly readFile = (path: string): string | undefined => this.options.readFile?.(path);
  private readonly fileExists = (path: string): boolean => this.options.readFile?.(path) !== undefined;

  private enabledRules(domainId: DomainId): { rule: Rule; severity: Severity; options: Record<string, unknown> }[] {
    let list = this.enabled.get(domainId);
    if (!list) {
      const { registry, config } = this.options;
      list = [];
      for (const rule of registry.forDomain(domainId)) {
        const severity = registry.severityOf(rule.meta.id, config);
        if (severity) list.push({ rule, severity, options: registry.optionsOf(rule.meta.id, config) });
      }
      this.enabled.set(domainId, list);
    }
    return list;
  }

  private runRules(
    domain: Domain,
    file: SourceFile,
    model: unknown,
    push: (rule: Rule, severity: Severity, report: Report) => void,
    pushMeta: (ruleId: string, at: Locatable, messageId: string, data: Record<string, string>) => void,
  ): void {
    const { config } = this.options;
    const hooks = new Map<string, { rule: Rule; handler: Handler }[]>();
    const failed = new Set<Rule>();
    const fail = (rule: Rule, error: unknown): void => {
      if (failed.has(rule)) return;
      failed.add(rule);
      pushMeta('shipshape/rule-error', { span: file.lineSpan(1), path: `rule-error@${rule.meta.id}` }, 'crashed', {
        id: rule.meta.id,
        error: describeError(error).split('\n')[0]!,
      });
    };

    const { readFile, fileExists } = this;
    for (const { rule, severity, options } of this.enabledRules(domain.id)) {
      const context: RuleContext = {
        file,
        model,
        options,
        settings: config.settings,
        readFile,
        fileExists,
        report: (report) => {
          if (!failed.has(rule)) push(rule, severity, report);
        },
      };
      try {
        const handlers = rule.create(context);
        for (const hook in handlers) {
          const handler = handlers[hook];
          // A rule may leave a hook undefined (`{ RUN: enabled ? check : undefined }`): nothing to call.
          if (typeof handler !== 'function') continue;
          const list = hooks.get(hook);
          if (list) list.push({ rule, handler });
          else hooks.set(hook, [{ rule, handler }]);
        }
      } catch (error) {
        fail(rule, error);
      }
    }
    if (hooks.size === 0) return;

    domain.walk(model, (hook, node) => {
      const list = hooks.get(hook);
      if (!list) return;
      for (const { rule, handler } of list) {
        if (failed.has(rule)) continue;
        try {
          handler(node);
        } catch (error) {
          fail(rule, error);
        }
      }
    });
  }
}
