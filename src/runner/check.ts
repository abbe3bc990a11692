import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_FILE_NAMES, defaultConfig, loadConfigFile, type Config } from '../core/config.js';
import { Engine } from '../core/engine.js';
import type { Finding, Notice } from '../core/finding.js';
import type { Registry } from '../core/registry.js';
import type { DomainId } from '../core/rule.js';
import type { SourceFile } from '../core/source.js';
import { listFiles, readSourceFile } from '../core/files.js';
import { classifyPath, classifyYamlContent } from '../domains/classify.js';
import { DOMAINS } from '../domains/index.js';
import { defaultRegistry } from '../rules/index.js';
import { applyBaseline, readBaseline } from './baseline.js';

export interface CheckOptions {
  /** Repository root: paths in findings are relative to it. */
  root: string;
  /** Files or folders to check, relative to root. */
  paths?: string[];
  /** Config file; default: `.shipshape.yml` at the root when present. */
  configPath?: string;
  config?: Config;
  baselinePath?: string;
  registry?: Registry;
}

export interface CheckResult {
  findings: Finding[];
  notices: Notice[];
  /** Files checked per domain. */
  checked: Partial<Record<DomainId, number>>;
  config: Config;
  registry: Registry;
}

export function loadConfig(root: string, configPath: string | undefined, registry: Registry): Config {
  const optionsSchemaOf = (id: string) => registry.byId.get(id)?.meta.optionsSchema;
  if (configPath) return loadConfigFile(resolve(root, configPath), registry.ids, optionsSchemaOf);
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = resolve(root, name);
    if (existsSync(candidate)) return loadConfigFile(candidate, registry.ids, optionsSchemaOf);
  }
  return defaultConfig();
}

export function runCheck(options: CheckOptions): CheckResult {
  const registry = options.registry ?? defaultRegistry();
  const config = options.config ?? loadConfig(options.root, options.configPath, registry);
  const notices: Notice[] = [];
  const root = options.root;
  const paths = listFiles(root, options.paths?.length ? options.paths : ['.'], config.ignore, notices);

  // Cross-file rules ask for the same few files (a .dockerignore, a workflow's local action) again and again:
  // read each once per run, within the size limit.
  const others = new Map<string, string | undefined>();
  const engine = new Engine({
    registry,
    domains: DOMAINS,
    config,
    readFile: (path) => {
      if (others.has(path)) return others.get(path);
      let text: string | undefined;
      try {
        const absolute = resolve(root, path);
        const stats = statSync(absolute, { throwIfNoEntry: false });
        text = stats?.isFile() && stats.size <= config.maxFileSize ? readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '') : undefined;
      } catch {
        text = undefined;
      }
      others.set(path, text);
      return text;
    },
  });

  const findings: Finding[] = [];
  const checked: Partial<Record<DomainId, number>> = {};
  for (const path of paths) {
    let domain = classifyPath(path);
    if (!domain || CONFIG_FILE_NAMES.includes(path.slice(path.lastIndexOf('/') + 1))) continue;
    if (domain !== 'yaml' && !engine.hasDomain(domain)) continue;
    const outcome = readSourceFile(root, path, config.maxFileSize, notices);
    if ('skipped' in outcome) {
      if (!outcome.skipped.startsWith('cannot read: ENOENT')) notices.push({ path, message: `skipped: ${outcome.skipped}` });
      continue;
    }
    const file: SourceFile = outcome.file;
    if (domain === 'yaml') domain = classifyYamlContent(file);
    if (!domain || !engine.hasDomain(domain)) continue;
    // A loop, not a spread: a huge generated file can have more findings than a call has room for arguments.
    for (const finding of engine.checkFile(file, domain)) findings.push(finding);
    checked[domain] = (checked[domain] ?? 0) + 1;
  }

  const kept = options.baselinePath ? applyBaseline(findings, readBaseline(resolve(root, options.baselinePath))) : findings;
  return { findings: kept, notices, checked, config, registry };
}
