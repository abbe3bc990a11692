import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { detectTools, parseVersion, type Tool } from './detect.js';

export interface CacheEntry {
  tool: Tool;
  /** `<os>-<tool>-<tool version>-<sha256 of the lockfiles>`. */
  key: string;
  /** Fallbacks, most specific first: same tool version, then any version of the tool. */
  restoreKeys: string[];
  /** Absolute directories to cache. */
  paths: string[];
  lockfiles: string[];
  install: string;
  test: string;
}

export interface CachePlanOptions {
  /** Project directory. */
  dir: string;
  /** Operating system label in the key (`linux`, `macos`, `windows`). */
  os?: string;
  home?: string;
  /** Tool versions; a tool missing here is asked with its version command (`unknown` when that fails). */
  versions?: Partial<Record<Tool, string>>;
  probe?: (argv: string[]) => string;
}

/** Keys may not contain commas (actions/cache) and should stay readable: keep a safe subset. */
const keyPart = (text: string) => text.replace(/[^0-9A-Za-z._+-]/g, '_').slice(0, 64) || 'unknown';

export function osLabel(platform: NodeJS.Platform = process.platform): string {
  return platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : platform;
}

/** sha256 over each lockfile's relative path and bytes, in a fixed order: same inputs, same key, on any runner. */
export function hashFiles(dir: string, files: string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    hash.update(file);
    hash.update('\0');
    hash.update(readFileSync(join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function probeVersion(argv: string[]): string {
  try {
    const [cmd, ...args] = argv;
    return parseVersion(
      execFileSync(cmd!, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15_000 }),
    );
  } catch {
    return 'unknown';
  }
}

/** One cache entry per package manager detected in `dir`. */
export function planCache(options: CachePlanOptions): CacheEntry[] {
  const os = keyPart(options.os ?? osLabel());
  const home = options.home ?? homedir();
  const probe = options.probe ?? probeVersion;
  return detectTools(options.dir).map(({ tool, lockfiles, info }) => {
    const version = keyPart(options.versions?.[tool] ?? probe(info.versionCommand));
    const prefix = `${os}-${tool}-${version}-`;
    const paths = info.paths(options.dir).map((path) => {
      if (path === '~' || path.startsWith('~/')) return join(home, path.slice(1));
      return isAbsolute(path) ? path : join(options.dir, path);
    });
    return {
      tool,
      key: `${prefix}${hashFiles(options.dir, lockfiles)}`,
      restoreKeys: [prefix, `${os}-${tool}-`],
      paths,
      lockfiles,
      install: info.install,
      test: info.test,
    };
  });
}
