import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { useFastYamlReader } from '../domains/yaml/document.js';
import { parseBoolean } from '../pipeline/validate.js';
import { CONFIG_FILE_NAMES, defaultConfig, findConfigFile, type Config } from '../core/config-defaults.js';
import type { Domain } from '../core/domain.js';
import { Engine, type PendingFile } from '../core/engine.js';
import type { Finding, Notice } from '../core/finding.js';
import { Registry } from '../core/registry.js';
import { DOMAIN_PREFIX, type DomainId } from '../core/rule.js';
import { SourceFile } from '../core/source.js';
import { isUncheckedContent, listFiles, readSourceFile } from '../core/files.js';
import { readInside } from '../core/paths.js';
import { HELM_TEMPLATE_NOTICE, isHelmTemplate } from '../domains/kubernetes/helm.js';
import { classifyPath } from '../domains/paths.js';
import { DOMAIN_PACKS, loadAllPacks } from '../rules/packs.js';
import { shipshapeRules } from '../rules/shipshape/index.js';
import { applyBaseline, readBaseline } from './baseline.js';

/** The name findings of standard input carry. */
export const STDIN_PATH = '<stdin>';

export interface CheckOptions {
  /** Repository root: paths in findings are relative to it. */
  root: string;
  /** Files or folders to check, relative to root. */
  paths?: string[];
  /** Config file; default: `.shipshape.yml` at the root when present. */
  configPath?: string;
  config?: Config;
  baselinePath?: string;
  /**
   * YAML read from standard input, checked as the file `<stdin>` by what its content is (rendered manifests). With
   * it and no `paths`, the tree is not listed.
   */
  stdin?: string;
  /** The rules to run. Default: those of the domains the run meets, loaded as it meets them (rules/packs.ts). */
  registry?: Registry;
}

export interface CheckResult {
  findings: Finding[];
  notices: Notice[];
  /** Files checked per domain. */
  checked: Partial<Record<DomainId, number>>;
  config: Config;
  /** The rules the run knew: at least those of every finding. */
  registry: Registry;
}

/**
 * Loads domains (and, unless the caller gave its own registry, their rules) on first use. A run that meets only
 * Dockerfiles never loads the YAML library, a run over an empty tree loads no domain at all.
 */
class DomainLoader {
  private readonly loaded = new Map<DomainId, Promise<void>>();

  constructor(
    private readonly engine: Engine,
    private readonly registry: Registry,
    /** True when the registry is the run's own, to be filled with each loaded domain's rules. */
    private readonly ownRegistry: boolean,
  ) {}

  canLoad(id: DomainId): boolean {
    return DOMAIN_PACKS[id] !== undefined;
  }

  load(id: DomainId): Promise<void> {
    let done = this.loaded.get(id);
    if (!done) {
      done = DOMAIN_PACKS[id]!().then((pack) => {
        if (this.ownRegistry) this.registry.add(pack.rules);
        this.engine.addDomain(pack.domain);
      });
      this.loaded.set(id, done);
    }
    return done;
  }

  /**
   * A `shipshape-ignore` comment may name rules of another domain (`docker/…` in a workflow): load the domains whose
   * prefix the file mentions, so such an id is judged known or unknown as in a run with every rule.
   */
  async loadNamedIn(text: string): Promise<void> {
    if (!this.ownRegistry || !text.includes('shipshape-ignore')) return;
    for (const id of Object.keys(DOMAIN_PACKS) as DomainId[]) {
      if (text.includes(`${DOMAIN_PREFIX[id]}/`)) await this.load(id);
    }
  }
}

/** Every domain's rules: a config file may name any rule, and is validated against all of them. */
async function fullRegistry(): Promise<Registry> {
  return new Registry([...shipshapeRules, ...(await loadAllPacks()).flatMap((pack) => pack.rules)]);
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const configFile = options.config ? undefined : findConfigFile(options.root, options.configPath);
  // Without a config file naming rules, the run's registry starts with the core rules and grows by domain.
  const growing = !options.registry && !configFile;
  const registry = options.registry ?? (configFile ? await fullRegistry() : new Registry(shipshapeRules));
  let config = options.config ?? defaultConfig();
  if (configFile) config = (await import('./config.js')).loadConfig(options.root, configFile, registry);
  const fastReaderEnv = process.env.SHIPSHAPE_FAST_YAML_READER;
  useFastYamlReader(
    config.fastYamlReader &&
      (fastReaderEnv === undefined ||
        fastReaderEnv === '' ||
        parseBoolean('SHIPSHAPE_FAST_YAML_READER', fastReaderEnv)),
  );
  const notices: Notice[] = [];
  const root = options.root;
  const paths =
    options.stdin !== undefined && !options.paths?.length
      ? []
      : listFiles(root, options.paths?.length ? options.paths : ['.'], config.ignore, notices);

  // Cross-file rules ask for the same few files (a .dockerignore, a workflow's local action) again and again:
  // read each once per run, within the size limit.
  const others = new Map<string, string | undefined>();
  const domains: Domain[] = [];
  const engine = new Engine({
    registry,
    domains,
    config,
    readFile: (path) => {
      if (others.has(path)) return others.get(path);
      // Same containment as the files checked: a `.dockerignore` linked to /proc/kmsg or outside is never read.
      const read = readInside(root, path, config.maxFileSize);
      const text = 'buffer' in read ? read.buffer.toString('utf8').replace(/^\uFEFF/, '') : undefined;
      others.set(path, text);
      return text;
    },
  });
  const loader = new DomainLoader(engine, registry, growing);

  let classifyYamlContent: ((file: SourceFile) => DomainId | undefined) | undefined;
  const findings: Finding[] = [];
  const checked: Partial<Record<DomainId, number>> = {};
  // Every file is walked first, then the work the files share is done once for the whole run (shellcheck over
  // every unique script, started in the background as files add scripts), then each file's findings are complete.
  const pending: PendingFile[] = [];
  engine.overlapSharedWork();
  for (const path of paths) {
    let domain = classifyPath(path);
    if (!domain || CONFIG_FILE_NAMES.includes(path.slice(path.lastIndexOf('/') + 1))) continue;
    if (domain !== 'yaml' && !loader.canLoad(domain)) continue;
    const outcome = readSourceFile(root, path, config.maxFileSize, notices);
    if ('skipped' in outcome) {
      if (isUncheckedContent(outcome.kind)) {
        for (const finding of engine.skippedFile(path, outcome.skipped)) findings.push(finding);
      } else if (outcome.kind !== 'missing' || outcome.skipped !== 'no such file') {
        notices.push({ path, message: `skipped: ${outcome.skipped}` });
      }
      continue;
    }
    const file: SourceFile = outcome.file;
    if (domain === 'yaml' && isHelmTemplate(path, file.text)) {
      notices.push({ path, message: HELM_TEMPLATE_NOTICE });
      continue;
    }
    if (domain === 'yaml') {
      classifyYamlContent ??= (await import('../domains/classify.js')).classifyYamlContent;
      domain = classifyYamlContent(file);
    }
    if (!domain || !loader.canLoad(domain)) continue;
    await loader.load(domain);
    await loader.loadNamedIn(file.text);
    const started = engine.startFile(file, domain);
    if (started) pending.push(started);
    checked[domain] = (checked[domain] ?? 0) + 1;
  }
  await engine.readySharedWork();
  if (options.stdin !== undefined) {
    const path = STDIN_PATH;
    if (Buffer.byteLength(options.stdin) > config.maxFileSize) {
      for (const finding of engine.skippedFile(path, `larger than ${config.maxFileSize} bytes`)) findings.push(finding);
    } else {
      const file = new SourceFile(path, options.stdin.replace(/^\uFEFF/, ''));
      classifyYamlContent ??= (await import('../domains/classify.js')).classifyYamlContent;
      const domain = classifyYamlContent(file);
      if (!domain || !loader.canLoad(domain)) {
        notices.push({ path, message: 'skipped: standard input is no manifest, workflow or GitLab CI file' });
      } else {
        await loader.load(domain);
        await loader.loadNamedIn(file.text);
        const started = engine.startFile(file, domain);
        if (started) pending.push(started);
        checked[domain] = (checked[domain] ?? 0) + 1;
      }
    }
  }
  for (const fileFindings of engine.finishFiles(pending)) {
    // A loop, not a spread: a huge generated file can have more findings than a call has room for arguments.
    for (const finding of fileFindings) findings.push(finding);
  }

  const kept = options.baselinePath
    ? applyBaseline(findings, readBaseline(resolve(root, options.baselinePath)))
    : findings;
  return { findings: kept, notices, checked, config, registry };
}
