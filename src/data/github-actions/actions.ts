/**
 * Metadata of the most-used actions, bundled so checks run offline. Snapshot date: 2026-11-24 (from the actions'
 * own action.yml files and release notes). An action missing here, or a major outside `majors`, is never an error.
 */
export const SNAPSHOT_DATE = '2026-11-24';

export type Runtime = 'node12' | 'node16' | 'node20' | 'node24' | 'composite' | 'docker';

/** Runtimes GitHub no longer runs: node12 and node16 were removed from the runners. */
export const RETIRED_RUNTIMES: ReadonlySet<Runtime> = new Set(['node12', 'node16']);

export interface ActionInput {
  required?: boolean;
  default?: string;
  /** Why the input should no longer be used. */
  deprecated?: string;
}

export interface ActionMeta {
  /** Latest major, e.g. `v6`. */
  current: string;
  /** Runtime of each major's last release. */
  majors: Record<string, Runtime>;
  inputs: Record<string, ActionInput>;
  outputs: string[];
  /** True when `inputs` lists every input of the majors from `inputsFrom` on, so an unknown input is an error. */
  inputsComplete: boolean;
  /** First major whose inputs `inputs` describes (older majors are not checked for inputs). */
  inputsFrom?: string;
  /** The action can cache dependencies: the input that turns it on (`setup-*`). */
  cacheInput?: string;
  /** The workflow's own code sets outputs of any name (github-script's `core.setOutput`): `outputs` is not the full list. */
  outputsOpen?: boolean;
}

const CHECKOUT_INPUTS: Record<string, ActionInput> = {
  repository: { default: '${{ github.repository }}' },
  ref: {},
  token: { default: '${{ github.token }}' },
  'ssh-key': {},
  'ssh-known-hosts': {},
  'ssh-strict': { default: 'true' },
  'ssh-user': { default: 'git' },
  'persist-credentials': { default: 'true' },
  path: {},
  clean: { default: 'true' },
  filter: {},
  'sparse-checkout': {},
  'sparse-checkout-cone-mode': { default: 'true' },
  'fetch-depth': { default: '1' },
  'fetch-tags': { default: 'false' },
  'show-progress': { default: 'true' },
  lfs: { default: 'false' },
  submodules: { default: 'false' },
  'set-safe-directory': { default: 'true' },
  'github-server-url': {},
};

export const ACTIONS: Readonly<Record<string, ActionMeta>> = {
  'actions/checkout': {
    current: 'v6',
    majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
    inputs: CHECKOUT_INPUTS,
    outputs: ['ref', 'commit'],
    inputsComplete: true,
    inputsFrom: 'v4',
  },
  'actions/setup-node': {
    current: 'v6',
    majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
    inputs: {
      'node-version': {},
      'node-version-file': {},
      architecture: {},
      'check-latest': { default: 'false' },
      'registry-url': {},
      scope: {},
      token: { default: '${{ github.token }}' },
      cache: {},
      'package-manager-cache': { default: 'true' },
      'cache-dependency-path': {},
      mirror: {},
      'mirror-token': {},
      'always-auth': { deprecated: 'npm no longer reads always-auth' },
    },
    outputs: ['cache-hit', 'node-version'],
    inputsComplete: true,
    inputsFrom: 'v4',
    cacheInput: 'cache',
  },
  'actions/setup-python': {
    current: 'v6',
    majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20', v6: 'node24' },
    inputs: {
      'python-version': {},
      'python-version-file': {},
      cache: {},
      architecture: {},
      'check-latest': { default: 'false' },
      token: {},
      'cache-dependency-path': {},
      'update-environment': { default: 'true' },
      'allow-prereleases': { default: 'false' },
      freethreaded: { default: 'false' },
      'pip-version': {},
      'pip-install': {},
    },
    outputs: ['python-version', 'cache-hit', 'python-path'],
    inputsComplete: true,
    inputsFrom: 'v5',
    cacheInput: 'cache',
  },
  'actions/setup-go': {
    current: 'v6',
    majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node20', v6: 'node24' },
    inputs: {
      'go-version': {},
      'go-version-file': {},
      'check-latest': { default: 'false' },
      token: {},
      cache: { default: 'true' },
      'cache-dependency-path': {},
      architecture: {},
    },
    outputs: ['go-version', 'cache-hit'],
    inputsComplete: true,
    inputsFrom: 'v5',
    cacheInput: 'cache',
  },
  'actions/setup-java': {
    current: 'v5',
    majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24' },
    inputs: {
      distribution: { required: true },
      'java-version': {},
      'java-version-file': {},
      'java-package': { default: 'jdk' },
      architecture: {},
      jdkFile: {},
      'check-latest': { default: 'false' },
      'server-id': { default: 'github' },
      'server-username': { default: 'GITHUB_ACTOR' },
      'server-password': { default: 'GITHUB_TOKEN' },
      'settings-path': {},
      'overwrite-settings': { default: 'true' },
      'gpg-private-key': {},
      'gpg-passphrase': {},
      cache: {},
      'cache-dependency-path': {},
      'job-status': {},
      token: {},
      'mvn-toolchain-id': {},
      'mvn-toolchain-vendor': {},
    },
    outputs: ['distribution', 'version', 'path', 'cache-hit'],
    inputsComplete: true,
    inputsFrom: 'v4',
    cacheInput: 'cache',
  },
  'actions/setup-dotnet': {
    current: 'v5',
    majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24' },
    inputs: {
      'dotnet-version': {},
      'dotnet-quality': {},
      'global-json-file': {},
      'source-url': {},
      owner: {},
      'config-file': {},
      cache: { default: 'false' },
      'cache-dependency-path': {},
      architecture: {},
      workloads: {},
    },
    outputs: ['cache-hit', 'dotnet-version'],
    inputsComplete: true,
    inputsFrom: 'v4',
    cacheInput: 'cache',
  },
  'actions/cache': {
    current: 'v5',
    majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node20', v5: 'node24' },
    inputs: {
      path: { required: true },
      key: { required: true },
      'restore-keys': {},
      'upload-chunk-size': {},
      enableCrossOsArchive: { default: 'false' },
      'fail-on-cache-miss': { default: 'false' },
      'lookup-only': { default: 'false' },
      'save-always': { default: 'false', deprecated: 'use actions/cache/save with `if: always()` instead' },
    },
    outputs: ['cache-hit'],
    inputsComplete: true,
    inputsFrom: 'v4',
  },
  'actions/upload-artifact': {
    current: 'v5',
    majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
    inputs: {
      name: { default: 'artifact' },
      path: { required: true },
      'if-no-files-found': { default: 'warn' },
      'retention-days': {},
      'compression-level': { default: '6' },
      overwrite: { default: 'false' },
      'include-hidden-files': { default: 'false' },
      archive: { default: 'true' },
    },
    outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
    inputsComplete: true,
    inputsFrom: 'v4',
  },
  'actions/download-artifact': {
    current: 'v6',
    majors: { v1: 'node12', v2: 'node16', v3: 'node16', v4: 'node20', v5: 'node24', v6: 'node24' },
    inputs: {
      name: {},
      'artifact-ids': {},
      path: {},
      pattern: {},
      'merge-multiple': { default: 'false' },
      'github-token': {},
      repository: { default: '${{ github.repository }}' },
      'run-id': { default: '${{ github.run_id }}' },
      'skip-decompress': { default: 'false' },
      'digest-mismatch': { default: 'error' },
    },
    outputs: ['download-path'],
    inputsComplete: true,
    inputsFrom: 'v4',
  },
  // Inputs were renamed to kebab-case in v1.8; the underscore names still work and are deprecated. `release/v1` is
  // the branch its README recommends. Not every input is listed, so unknown inputs are not reported.
  'pypa/gh-action-pypi-publish': {
    current: 'v1',
    majors: { v1: 'composite' },
    inputs: {
      user: { default: '__token__' },
      password: {},
      'repository-url': {},
      'packages-dir': { default: 'dist' },
      'verify-metadata': { default: 'true' },
      'skip-existing': { default: 'false' },
      verbose: { default: 'false' },
      'print-hash': { default: 'false' },
      attestations: { default: 'true' },
      repository_url: { deprecated: 'use `repository-url`' },
      packages_dir: { deprecated: 'use `packages-dir`' },
      verify_metadata: { deprecated: 'use `verify-metadata`' },
      skip_existing: { deprecated: 'use `skip-existing`' },
      print_hash: { deprecated: 'use `print-hash`' },
    },
    outputs: [],
    inputsComplete: false,
    inputsFrom: 'v1',
  },
  'actions/github-script': {
    current: 'v8',
    majors: { v3: 'node12', v4: 'node12', v5: 'node12', v6: 'node16', v7: 'node20', v8: 'node24' },
    inputs: {
      script: { required: true },
      'github-token': { default: '${{ github.token }}' },
      debug: { default: 'false' },
      'user-agent': { default: 'actions/github-script' },
      previews: {},
      'result-encoding': { default: 'json' },
      retries: { default: '0' },
      'retry-exempt-status-codes': { default: '400,401,403,404,422' },
      'base-url': {},
    },
    outputs: ['result'],
    outputsOpen: true,
    inputsComplete: true,
    inputsFrom: 'v7',
  },
  'docker/login-action': {
    current: 'v3',
    majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
    inputs: {
      registry: {},
      username: {},
      password: {},
      scope: {},
      ecr: { default: 'auto' },
      logout: { default: 'true' },
      'registry-auth': {},
    },
    outputs: [],
    inputsComplete: true,
    inputsFrom: 'v3',
  },
  'docker/setup-buildx-action': {
    current: 'v3',
    majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
    inputs: {
      version: {},
      driver: { default: 'docker-container' },
      'driver-opts': {},
      'buildkitd-flags': {},
      'buildkitd-config': {},
      'buildkitd-config-inline': {},
      install: { default: 'false' },
      use: { default: 'true' },
      name: {},
      endpoint: {},
      platforms: {},
      append: {},
      'keep-state': { default: 'false' },
      'cache-binary': { default: 'true' },
      cleanup: { default: 'true' },
      config: { deprecated: 'use buildkitd-config' },
      'config-inline': { deprecated: 'use buildkitd-config-inline' },
    },
    outputs: ['name', 'driver', 'platforms', 'nodes', 'endpoint', 'status', 'flags'],
    inputsComplete: true,
    inputsFrom: 'v3',
  },
  'docker/setup-qemu-action': {
    current: 'v3',
    majors: { v1: 'node12', v2: 'node16', v3: 'node20' },
    inputs: { image: {}, platforms: { default: 'all' }, 'cache-image': { default: 'true' } },
    outputs: ['platforms'],
    inputsComplete: true,
    inputsFrom: 'v3',
  },
  'docker/build-push-action': {
    current: 'v6',
    majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20', v6: 'node20' },
    inputs: Object.fromEntries(
      [
        'add-hosts',
        'allow',
        'annotations',
        'attests',
        'build-args',
        'build-contexts',
        'builder',
        'cache-from',
        'cache-to',
        'call',
        'cgroup-parent',
        'context',
        'file',
        'labels',
        'load',
        'network',
        'no-cache',
        'no-cache-filters',
        'outputs',
        'platforms',
        'provenance',
        'pull',
        'push',
        'sbom',
        'secrets',
        'secret-envs',
        'secret-files',
        'shm-size',
        'ssh',
        'tags',
        'target',
        'ulimit',
        'github-token',
      ].map((name) => [name, {}]),
    ),
    outputs: ['imageid', 'digest', 'metadata'],
    inputsComplete: true,
    inputsFrom: 'v6',
  },
  'docker/metadata-action': {
    current: 'v5',
    majors: { v1: 'node12', v2: 'node12', v3: 'node16', v4: 'node16', v5: 'node20' },
    inputs: Object.fromEntries(
      [
        'context',
        'images',
        'tags',
        'flavor',
        'labels',
        'annotations',
        'sep-tags',
        'sep-labels',
        'sep-annotations',
        'bake-target',
        'github-token',
      ].map((name) => [name, {}]),
    ),
    outputs: [
      'version',
      'tags',
      'labels',
      'annotations',
      'json',
      'bake-file',
      'bake-file-tags',
      'bake-file-labels',
      'bake-file-annotations',
    ],
    inputsComplete: true,
    inputsFrom: 'v5',
  },
  'github/codeql-action/init': {
    current: 'v4',
    majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
    inputs: { languages: {}, 'build-mode': {}, queries: {}, packs: {}, 'config-file': {}, config: {}, tools: {} },
    outputs: ['codeql-path', 'codeql-version'],
    inputsComplete: false,
  },
  'github/codeql-action/analyze': {
    current: 'v4',
    majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
    inputs: { category: {}, upload: {}, output: {} },
    outputs: ['db-locations', 'sarif-output', 'sarif-id'],
    inputsComplete: false,
  },
  'github/codeql-action/autobuild': {
    current: 'v4',
    majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
    inputs: {},
    outputs: [],
    inputsComplete: false,
  },
  'github/codeql-action/upload-sarif': {
    current: 'v4',
    majors: { v1: 'node12', v2: 'node16', v3: 'node20', v4: 'node24' },
    inputs: {
      sarif_file: {},
      checkout_path: {},
      ref: {},
      sha: {},
      token: {},
      matrix: {},
      category: {},
      'wait-for-processing': {},
    },
    outputs: ['sarif-id'],
    inputsComplete: false,
  },
};

/** `owner/repo[/path]@ref` → the snapshot key and major (`v4` from `v4`, `v4.1.2`, `release/v4`; undefined for SHAs/other branches). */
export function parseUses(uses: string): { action: string; ref: string; major?: string } | undefined {
  const at = uses.lastIndexOf('@');
  if (at <= 0 || uses.startsWith('./') || uses.startsWith('docker://')) return undefined;
  const action = uses.slice(0, at).toLowerCase();
  const ref = uses.slice(at + 1);
  // `release/v1`: a release branch named after its major, as some actions recommend.
  const major = /^(?:release\/)?v(\d+)(?:\.\d+){0,2}$/.exec(ref)?.[1];
  return { action, ref, ...(major ? { major: `v${major}` } : {}) };
}

export function majorNumber(major: string): number {
  return Number(major.charCodeAt(0) === 118 /* v */ ? major.slice(1) : major);
}
