/**
 * The single source of truth for every stage's inputs. Actions' `action.yml` inputs, the reusable workflows'
 * `workflow_call` inputs and GitLab `spec:inputs` are generated from this table or checked against it
 * (test/pipeline/drift.test.ts). To add an input: add a row here, run `node --import tsx src/pipeline/render.ts`.
 */

export type InputType = 'string' | 'boolean' | 'number' | 'choice';
export type StageName = 'lint' | 'test' | 'build' | 'security' | 'deploy' | 'rollback';

export interface InputSpec {
  name: string;
  type: InputType;
  description: string;
  /** Absent: the input is required. */
  default?: string | boolean | number;
  /** Allowed values (`choice` only). */
  options?: readonly string[];
  /** A regular expression (anchored by the checker) a non-empty string value must match. */
  pattern?: string;
}

const s = (name: string, description: string, def?: string, pattern?: string): InputSpec => ({
  name,
  type: 'string',
  description,
  ...(def === undefined ? {} : { default: def }),
  ...(pattern ? { pattern } : {}),
});
const b = (name: string, description: string, def: boolean): InputSpec => ({ name, type: 'boolean', description, default: def });
const n = (name: string, description: string, def?: number): InputSpec => ({
  name,
  type: 'number',
  description,
  ...(def === undefined ? {} : { default: def }),
});
const c = (name: string, description: string, options: readonly string[], def?: string): InputSpec => ({
  name,
  type: 'choice',
  description,
  options,
  ...(def === undefined ? {} : { default: def }),
});

const ENVIRONMENT = s('environment', 'Target environment, e.g. dev, staging or prod.', undefined, '[A-Za-z0-9_-]+');
const RELATIVE_PATH = '[^/\\x00-\\x1f][^\\x00-\\x1f]*';
const VERSION = '[0-9A-Za-z.*x^~<>=| -]+';

/** Inputs per stage. A name means the same thing wherever it appears (the reusable workflow merges stages). */
export const STAGES: Record<StageName, readonly InputSpec[]> = {
  lint: [
    s('working-directory', 'Directory of the project, relative to the repository root.', '.', RELATIVE_PATH),
    s('config', 'shipshape config file (default: .shipshape.yml at the root, if present).', ''),
    c('fail-on', 'Lowest finding severity that fails the lint stage.', ['error', 'warning', 'note', 'never'], 'error'),
  ],
  test: [
    s('working-directory', 'Directory of the project, relative to the repository root.', '.', RELATIVE_PATH),
    s('node-version', 'Node.js version to set up before testing (empty: none).', '', VERSION),
    s('python-version', 'Python version to set up before testing (empty: none).', '', VERSION),
    b('cache', 'Restore and save the dependency cache of every detected package manager.', true),
    b('install', 'Install dependencies with the detected package manager before testing.', true),
    s('install-command', 'Command that installs dependencies (empty: derived from the detected lockfile).', ''),
    s('test-command', 'Command that runs the tests (empty: derived from the detected package manager).', ''),
    s('junit-paths', 'Glob patterns (one per line) of JUnit XML reports to summarise.', '**/junit*.xml\n**/TEST-*.xml'),
  ],
  build: [
    s('working-directory', 'Directory of the project, relative to the repository root.', '.', RELATIVE_PATH),
    s('image', 'Image repository without tag, e.g. ghcr.io/acme/app (empty: skip the image build).', '', '[a-z0-9]+([._:/-]+[a-z0-9]+)*'),
    s('context', 'Build context, relative to the working directory.', '.', RELATIVE_PATH),
    s('dockerfile', 'Dockerfile, relative to the working directory (empty: <context>/Dockerfile).', ''),
    s('build-args', 'Build arguments, one KEY=value per line.', ''),
    b('push', 'Push the image and its tags to the registry.', true),
    b('latest', 'Also tag the image `latest`.', false),
    c('builder', 'Image builder: buildah (no daemon), docker (buildx with the GitHub Actions cache) or auto.', ['auto', 'buildah', 'docker'], 'auto'),
    b('tls-verify', 'Require HTTPS and valid certificates when pushing to the registry.', true),
  ],
  security: [
    c('severity-threshold', 'Lowest vulnerability severity that fails the security gate.', ['critical', 'high', 'medium', 'low', 'never'], 'high'),
  ],
  deploy: [
    ENVIRONMENT,
    s('digest', 'Image digest to deploy (sha256:…), as promoted by the build stage.', undefined, 'sha256:[a-f0-9]{64}'),
    c('strategy', 'Deployment strategy.', ['rolling', 'blue-green', 'canary'], 'rolling'),
    n('timeout-seconds', 'Seconds to wait for the deployment to become healthy.', 300),
  ],
  rollback: [
    ENVIRONMENT,
    s('to-digest', 'Digest to roll back to (empty: the previous release).', '', 'sha256:[a-f0-9]{64}'),
  ],
};

/** Picks inputs from a stage by name, in the given order; throws on an unknown name (caught by tests). */
export function pick(stage: StageName, names: readonly string[]): InputSpec[] {
  return names.map((name) => {
    const input = STAGES[stage].find((candidate) => candidate.name === name);
    if (!input) throw new Error(`stage ${stage} has no input "${name}"`);
    return input;
  });
}

/** Every input of several stages, each name once; the same name must be defined identically everywhere. */
export function merge(...stages: StageName[]): InputSpec[] {
  const out = new Map<string, InputSpec>();
  for (const stage of stages) {
    for (const input of STAGES[stage]) {
      const seen = out.get(input.name);
      if (seen && JSON.stringify(seen) !== JSON.stringify(input)) {
        throw new Error(`input "${input.name}" is defined differently in two stages`);
      }
      out.set(input.name, input);
    }
  }
  return [...out.values()];
}

export interface OutputSpec {
  name: string;
  description: string;
}

/** One place where inputs surface: an action, a reusable workflow or a GitLab template. */
export interface Surface {
  platform: 'github-action' | 'github-workflow' | 'gitlab';
  /** Path relative to the repository root. */
  path: string;
  inputs: InputSpec[];
  outputs?: OutputSpec[];
}

const BUILD_OUTPUTS: OutputSpec[] = [
  { name: 'image', description: 'Image reference pinned by digest (<image>@sha256:…); empty when no image was built.' },
  { name: 'digest', description: 'Manifest digest of the pushed image (sha256:…).' },
  { name: 'tags', description: 'Every pushed reference, one per line.' },
];

/** Every surface this kit ships. The drift test walks this list per platform. */
export const SURFACES: Surface[] = [
  {
    platform: 'github-action',
    path: 'actions/setup/action.yml',
    inputs: pick('test', ['working-directory', 'cache', 'install', 'install-command']),
    outputs: [
      { name: 'tools', description: 'Detected package managers, comma-separated (e.g. npm,pip).' },
      { name: 'cache-key', description: 'Primary dependency cache key of the first detected package manager.' },
      { name: 'cache-hit', description: 'true when every cache was restored from an exact key match.' },
    ],
  },
  {
    platform: 'github-action',
    path: 'actions/test/action.yml',
    inputs: pick('test', ['working-directory', 'test-command', 'junit-paths']),
    outputs: [
      { name: 'passed', description: 'Passed test cases found in the JUnit reports.' },
      { name: 'failed', description: 'Failed or errored test cases found in the JUnit reports.' },
      { name: 'skipped', description: 'Skipped test cases found in the JUnit reports.' },
    ],
  },
  {
    platform: 'github-action',
    path: 'actions/build/action.yml',
    inputs: pick('build', ['working-directory', 'image', 'context', 'dockerfile', 'build-args', 'push', 'latest', 'builder', 'tls-verify']),
    outputs: BUILD_OUTPUTS,
  },
  {
    platform: 'github-workflow',
    path: '.github/workflows/reusable-pipeline.yml',
    inputs: merge('lint', 'test', 'build', 'security').filter((input) => input.name !== 'tls-verify'),
    outputs: BUILD_OUTPUTS,
  },
];
