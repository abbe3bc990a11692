import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Severity } from './finding.js';
import type { SharedSettings } from './rule.js';

export type RuleSetting = Severity | 'off';
export type FailOn = Severity | 'never';
export type PresetName = 'recommended' | 'strict';

export interface Config {
  preset: PresetName;
  rules: Record<string, { severity?: RuleSetting; options?: Record<string, unknown> }>;
  ignore: string[];
  failOn: FailOn;
  maxFileSize: number;
  /**
   * Read YAML with the fast reader (src/domains/yaml/fast-reader.ts) where it applies. `fast-yaml-reader: false`
   * in the config, or SHIPSHAPE_FAST_YAML_READER=false, reads every file with `yaml` alone: the way out should a
   * `yaml` release the fast reader was not verified against misbehave.
   */
  fastYamlReader: boolean;
  settings: SharedSettings;
  /** Where the config came from, for messages. */
  source?: string;
}

export const CONFIG_FILE_NAMES = ['.shipshape.yml', '.shipshape.yaml'];
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export function defaultConfig(): Config {
  return {
    preset: 'recommended',
    rules: {},
    ignore: [],
    failOn: 'error',
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    fastYamlReader: true,
    settings: { trustedRegistries: [], selfHostedRunnerLabels: [] },
  };
}

/** The config file a run uses: the one given, else `.shipshape.yml` (or `.yaml`) at the root, else none. */
export function findConfigFile(root: string, configPath: string | undefined): string | undefined {
  if (configPath) return resolve(root, configPath);
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = resolve(root, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
