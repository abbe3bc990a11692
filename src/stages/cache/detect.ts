import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type Tool = 'npm' | 'pnpm' | 'yarn' | 'pip' | 'poetry' | 'uv' | 'go' | 'maven' | 'gradle' | 'cargo';

export interface ToolInfo {
  tool: Tool;
  /** Files (relative to the project directory) whose content decides the cache key. */
  lockfiles: (dir: string) => string[];
  /** Directories to cache; `~` is the home directory, relative paths are inside the project. */
  paths: (dir: string) => string[];
  /** argv printing the tool's version. */
  versionCommand: string[];
  install: string;
  test: string;
}

const present = (dir: string, names: string[]) => names.filter((name) => existsSync(join(dir, name)));
const matching = (dir: string, pattern: RegExp) => {
  try {
    return readdirSync(dir)
      .filter((name) => pattern.test(name))
      .sort();
  } catch {
    return [];
  }
};

/** Package managers in the order they are checked; several may apply to one project (e.g. npm + pip). */
export const TOOLS: ToolInfo[] = [
  {
    tool: 'pnpm',
    lockfiles: (dir) => present(dir, ['pnpm-lock.yaml']),
    paths: () => ['~/.local/share/pnpm/store'],
    versionCommand: ['pnpm', '--version'],
    install: 'pnpm install --frozen-lockfile',
    test: 'pnpm test',
  },
  {
    tool: 'yarn',
    lockfiles: (dir) => present(dir, ['yarn.lock']),
    // Yarn 2+ (a .yarnrc.yml) keeps its cache in the project; Yarn 1 in the user cache.
    paths: (dir) => (existsSync(join(dir, '.yarnrc.yml')) ? ['.yarn/cache'] : ['~/.cache/yarn']),
    versionCommand: ['yarn', '--version'],
    install: 'yarn install --frozen-lockfile',
    test: 'yarn test',
  },
  {
    tool: 'npm',
    lockfiles: (dir) => present(dir, ['package-lock.json', 'npm-shrinkwrap.json']),
    paths: () => ['~/.npm'],
    versionCommand: ['npm', '--version'],
    install: 'npm ci',
    test: 'npm test',
  },
  {
    tool: 'uv',
    lockfiles: (dir) => present(dir, ['uv.lock']),
    paths: () => ['~/.cache/uv'],
    versionCommand: ['uv', '--version'],
    install: 'uv sync --frozen',
    test: 'uv run pytest',
  },
  {
    tool: 'poetry',
    lockfiles: (dir) => present(dir, ['poetry.lock']),
    paths: () => ['~/.cache/pypoetry'],
    versionCommand: ['poetry', '--version'],
    install: 'poetry install --no-interaction',
    test: 'poetry run pytest',
  },
  {
    tool: 'pip',
    lockfiles: (dir) => [...matching(dir, /^requirements.*\.txt$/), ...present(dir, ['constraints.txt'])],
    paths: () => ['~/.cache/pip'],
    versionCommand: ['pip', '--version'],
    install: 'pip install -r requirements.txt',
    test: 'python -m pytest',
  },
  {
    tool: 'go',
    lockfiles: (dir) => present(dir, ['go.sum']),
    paths: () => ['~/go/pkg/mod', '~/.cache/go-build'],
    versionCommand: ['go', 'env', 'GOVERSION'],
    install: 'go mod download',
    test: 'go test ./...',
  },
  {
    tool: 'maven',
    lockfiles: (dir) => present(dir, ['pom.xml']),
    paths: () => ['~/.m2/repository'],
    versionCommand: ['mvn', '--version'],
    install: 'mvn -B dependency:go-offline',
    test: 'mvn -B test',
  },
  {
    tool: 'gradle',
    lockfiles: (dir) => [
      ...matching(dir, /^(settings|build)\.gradle(\.kts)?$/),
      ...present(dir, ['gradle.lockfile', 'gradle/wrapper/gradle-wrapper.properties', 'gradle/libs.versions.toml']),
    ],
    paths: () => ['~/.gradle/caches', '~/.gradle/wrapper'],
    versionCommand: ['gradle', '--version'],
    install: './gradlew dependencies',
    test: './gradlew test',
  },
  {
    tool: 'cargo',
    lockfiles: (dir) => present(dir, ['Cargo.lock']),
    paths: () => ['~/.cargo/registry/index', '~/.cargo/registry/cache', '~/.cargo/git/db', 'target'],
    versionCommand: ['cargo', '--version'],
    install: 'cargo fetch --locked',
    test: 'cargo test --locked',
  },
];

export interface Detected {
  tool: Tool;
  lockfiles: string[];
  info: ToolInfo;
}

/** Package managers used by the project in `dir`, judged by their lockfiles. */
export function detectTools(dir: string): Detected[] {
  const found: Detected[] = [];
  for (const info of TOOLS) {
    const lockfiles = info.lockfiles(dir);
    if (lockfiles.length === 0) continue;
    // Poetry and uv projects may also export requirements files; the lockfile tool wins.
    if (info.tool === 'pip' && found.some((d) => d.tool === 'poetry' || d.tool === 'uv')) continue;
    // pnpm/yarn lockfiles beside a package-lock.json: the project picked one; keep the first match only.
    if (info.tool === 'npm' && found.some((d) => d.tool === 'pnpm' || d.tool === 'yarn')) continue;
    if (info.tool === 'yarn' && found.some((d) => d.tool === 'pnpm')) continue;
    found.push({ tool: info.tool, lockfiles, info });
  }
  return found;
}

/** Extracts a version number from a tool's `--version` output (`pip 24.0 from …`, `go1.22.1`, `Apache Maven 3.9.6 …`). */
export function parseVersion(output: string): string {
  const match = /(\d+\.\d+(?:\.\d+)?(?:[-+.][0-9A-Za-z.]+)?)/.exec(output);
  return match ? match[1]!.replace(/[^0-9A-Za-z.+-]/g, '') : 'unknown';
}
