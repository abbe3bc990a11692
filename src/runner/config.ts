import { defaultConfig, findConfigFile, loadConfigFile, type Config } from '../core/config.js';
import type { Registry } from '../core/registry.js';

/** Loads and validates the run's config against the registry's rule ids and option schemas. */
export function loadConfig(root: string, configPath: string | undefined, registry: Registry): Config {
  const file = findConfigFile(root, configPath);
  if (!file) return defaultConfig();
  return loadConfigFile(file, registry.ids, (id) => registry.byId.get(id)?.meta.optionsSchema);
}
