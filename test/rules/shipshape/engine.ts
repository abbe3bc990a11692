import { defaultConfig, type Config } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import type { Finding } from '../../../src/core/finding.js';
import { Registry } from '../../../src/core/registry.js';
import type { Rule } from '../../../src/core/rule.js';
import { SourceFile } from '../../../src/core/source.js';
import { ALL_DOMAINS as DOMAINS } from '../../../src/rules/index.js';
import noLatestTag from '../../../src/rules/dockerfile/no-latest-tag.js';
import dockerSyntax from '../../../src/rules/dockerfile/syntax.js';
import { shipshapeRules } from '../../../src/rules/shipshape/index.js';

/**
 * Checks a Dockerfile through the real engine with the engine-reported rules, docker/no-latest-tag and
 * docker/syntax (plus any extra rules), so the findings do not depend on which other rules exist.
 */
export function check(
  code: string,
  options: { extra?: Rule[]; configure?: (config: Config) => void; path?: string } = {},
): Finding[] {
  const registry = new Registry([...shipshapeRules, noLatestTag, dockerSyntax, ...(options.extra ?? [])]);
  const config = defaultConfig();
  for (const rule of options.extra ?? []) config.rules[rule.meta.id] = { severity: rule.meta.defaultSeverity };
  options.configure?.(config);
  const engine = new Engine({ registry, domains: DOMAINS, config });
  return engine.checkFile(new SourceFile(options.path ?? 'Dockerfile', code), 'dockerfile');
}

/** `ruleId line:col-endLine:endCol severity message` for compact, exact assertions. */
export function describe_(finding: Finding): string {
  const { line, column, endLine, endColumn } = finding.span;
  return `${finding.ruleId} ${line}:${column}-${endLine}:${endColumn} ${finding.severity} ${finding.message}`;
}
