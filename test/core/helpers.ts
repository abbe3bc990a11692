import { defaultConfig, type Config } from '../../src/core/config.js';
import type { Domain } from '../../src/core/domain.js';
import { Engine } from '../../src/core/engine.js';
import type { Finding } from '../../src/core/finding.js';
import { Registry } from '../../src/core/registry.js';
import { defineRule, type Rule } from '../../src/core/rule.js';
import { SourceFile } from '../../src/core/source.js';
import type { DockerInstruction } from '../../src/domains/dockerfile/index.js';
import { ALL_DOMAINS as DOMAINS } from '../../src/rules/index.js';
import { locate, parseYaml, type YamlFile } from '../../src/domains/yaml/document.js';
import { isMap, isScalar } from 'yaml';
import { shipshapeRules } from '../../src/rules/shipshape/index.js';
import syntax from '../../src/rules/dockerfile/syntax.js';

/** Reports every FROM; peers call the same idea DL3007 / CKV_DOCKER_7. */
export const fromRule = defineRule({
  meta: {
    id: 'docker/test-from',
    domain: 'dockerfile',
    description: 'Reports every FROM (test rule).',
    category: 'style',
    defaultSeverity: 'warning',
    recommended: true,
    messages: { from: 'FROM {{image}}' },
    equivalents: { hadolint: ['DL3007'], checkov: ['CKV_DOCKER_7'] },
  },
  create: (context) => ({
    FROM: (instruction: DockerInstruction) =>
      context.report({ at: instruction, messageId: 'from', data: { image: instruction.args } }),
  }),
});

/** Reports every RUN; hadolint's DL3008. Not in the recommended preset. */
export const runRule = defineRule({
  meta: {
    id: 'docker/test-run',
    domain: 'dockerfile',
    description: 'Reports every RUN (test rule).',
    category: 'style',
    defaultSeverity: 'note',
    recommended: false,
    messages: { run: 'RUN {{command}}' },
    equivalents: { hadolint: ['DL3008'] },
  },
  create: (context) => ({
    RUN: (instruction: DockerInstruction) =>
      context.report({ at: instruction, messageId: 'run', data: { command: instruction.args } }),
  }),
});

/** A YAML test domain (standing in for GitHub workflows): the model is the parsed YAML file. */
export const yamlTestDomain: Domain<YamlFile> = {
  id: 'github-actions',
  parse(file) {
    const yaml = parseYaml(file);
    return yaml.problems.length > 0
      ? { ok: false, problems: yaml.problems, comments: yaml.comments }
      : { ok: true, model: yaml, comments: yaml.comments };
  },
  walk(model, emit) {
    for (const document of model.documents) {
      if (!isMap(document.contents)) continue;
      for (const pair of document.contents.items) {
        if (isScalar(pair.key)) emit('key', locate(model.file, document, [String(pair.key.value)], { key: true }));
      }
    }
    emit('exit', model);
  },
};

/**
 * Reports every top-level YAML key; zizmor's `unpinned-uses`, checkov's CKV_GHA_1. Its `key` hook belongs to the test
 * domain above, not to the github-actions hooks defineRule knows: the rule is built as a plain Rule.
 */
export const keyRule: Rule = {
  meta: {
    id: 'gha/test-key',
    domain: 'github-actions',
    description: 'Reports every top-level key (test rule).',
    category: 'style',
    defaultSeverity: 'error',
    recommended: true,
    messages: { key: 'key {{key}}' },
    equivalents: { zizmor: ['unpinned-uses'], checkov: ['CKV_GHA_1'], pipefort: ['cicd-sec-3-unpinned-action'] },
  },
  create: (context) => ({
    key: (at: { span: never; path: string }) => context.report({ at, messageId: 'key', data: { key: at.path } }),
  }),
};

export const TEST_RULES: Rule[] = [...shipshapeRules, syntax, fromRule, runRule, keyRule];

export function testRegistry(extra: Rule[] = []): Registry {
  return new Registry([...TEST_RULES, ...extra]);
}

export function check(
  path: string,
  text: string,
  options: { config?: Partial<Config>; rules?: Rule[]; domain?: 'dockerfile' | 'github-actions' } = {},
): Finding[] {
  const config = { ...defaultConfig(), ...options.config };
  const engine = new Engine({ registry: testRegistry(options.rules), domains: [...DOMAINS, yamlTestDomain], config });
  return engine.checkFile(
    new SourceFile(path, text),
    options.domain ?? (path.endsWith('.yml') ? 'github-actions' : 'dockerfile'),
  );
}

/** `line:column rule-id` for compact, exact assertions. */
export function brief(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.span.line}:${finding.span.column} ${finding.ruleId}`);
}
