/** Temporary git repositories with the GitLab templates, and gitlab-ci-local (shell executor) run inside them. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
const GITLAB_CI_LOCAL = join(ROOT, 'node_modules/.bin/gitlab-ci-local');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The templates these tests cover (deploy and rollback templates have their own tests). */
export const TEMPLATES = ['pipeline', 'lint', 'test', 'build', 'security', 'release'];

/** A fresh repository (`git init -b main`, one commit) with templates under ci/ and the given files. */
export function templateRepo(files: Record<string, string>, templates: readonly string[] = TEMPLATES): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-gitlab-'));
  mkdirSync(join(dir, 'ci'));
  for (const name of templates) cpSync(join(ROOT, 'gitlab', `${name}.yml`), join(dir, 'ci', `${name}.yml`));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit', '-q', '-m', 'init');
  // gitlab-ci-local evaluates rules:changes against origin/<default branch>: an empty base commit there makes every
  // file of the repository a change, as on a branch's first push.
  const tree = spawnSync('git', ['hash-object', '-t', 'tree', '-w', '--stdin'], {
    cwd: dir,
    input: '',
    encoding: 'utf8',
  }).stdout.trim();
  const base = spawnSync(
    'git',
    ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', 'commit-tree', tree, '-m', 'base'],
    { cwd: dir, encoding: 'utf8' },
  ).stdout.trim();
  git('update-ref', 'refs/remotes/origin/main', base);
  return dir;
}

/** Runs gitlab-ci-local; `variables` become `--variable` (and are exempt from its predefined-variable warning). */
export function gitlabCiLocal(cwd: string, args: string[], variables: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  const names = Object.keys(variables);
  const argv = [
    ...args,
    ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
    ...(names.length ? ['--ignore-predefined-vars', names.join(',')] : []),
    '--no-color',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(GITLAB_CI_LOCAL, argv, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, ms: performance.now() - started }));
  });
}

export interface ListedJob {
  name: string;
  stage: string;
  when: string;
}

/** `stage:name` of the jobs a `--list-json` run will run (GitLab's `when: never` ones left out), sorted. */
export function listed(run: Run): string[] {
  const start = run.stdout.indexOf('\n[');
  const json = run.stdout.startsWith('[') ? run.stdout : run.stdout.slice(start + 1);
  if (run.code !== 0 || (start < 0 && !run.stdout.startsWith('[')))
    throw new Error(`gitlab-ci-local failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return (JSON.parse(json) as ListedJob[])
    .filter((job) => job.when !== 'never')
    .map((job) => `${job.stage}:${job.name}`)
    .sort();
}

/** GitLab's predefined variables for each kind of pipeline (what gitlab-ci-local cannot infer from a local clone). */
export const PIPELINES = {
  'merge request': { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7', CI_COMMIT_BRANCH: '' },
  'default branch': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' },
  tag: { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1.2.0', CI_COMMIT_BRANCH: '' },
  'feature branch without MR': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'feature/x', CI_DEFAULT_BRANCH: 'main' },
  'feature branch with an open MR': {
    CI_PIPELINE_SOURCE: 'push',
    CI_COMMIT_BRANCH: 'feature/x',
    CI_DEFAULT_BRANCH: 'main',
    CI_OPEN_MERGE_REQUESTS: 'group/app!7',
  },
} as const;

/**
 * A scratch folder inside node_modules/.cache, so a CLI bundled there with external packages resolves them against
 * this checkout's node_modules. The cache folder does not exist on a fresh install.
 */
export function cacheScratchDir(prefix: string): string {
  const cache = join(ROOT, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  return mkdtempSync(join(cache, prefix));
}
